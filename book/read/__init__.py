"""Reader stage: article text -> Article -> Book (shape)."""

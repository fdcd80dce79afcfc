// book watch: reload the page after each good build; show a failed build's error over it.
// Sent only by `book watch` (added to each page as it is served), never written to the site.
(function () {
  "use strict";
  var seen = null, box = null;
  function show(message) {
    if (!message) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement("p");
      box.className = "book-watch-error";
      box.setAttribute("role", "alert");
      document.body.appendChild(box);
    }
    box.textContent = message;
  }
  var events = new EventSource("/__book__/events");
  events.onmessage = function (event) {
    var state = JSON.parse(event.data);
    if (seen !== null && state.version !== seen) {
      events.close();
      location.reload();
      return;
    }
    seen = state.version;
    show(state.error);
  };
})();

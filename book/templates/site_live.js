// book watch: reload the page after each good build; show a failed build's error over it.
// Sent only by `book watch` (added to each page as it is served), never written to the site.
// A page of a book whose title (so its folder) changed goes to the same page of the new folder.
(function () {
  "use strict";
  var seen = null, box = null;
  function moved(state) {
    var parts = location.pathname.split("/");            // ["", slug, page]
    var from = parts.length > 2 ? decodeURIComponent(parts[1]) : "";
    if (!state.moved || !Object.prototype.hasOwnProperty.call(state.moved, from)) return null;
    var to = state.moved[from];
    parts[1] = encodeURIComponent(to);
    return parts.join("/") + location.hash;
  }
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
    var next = moved(state);
    if (next || (seen !== null && state.version !== seen)) {
      events.close();
      if (next) location.replace(next); else location.reload();
      return;
    }
    seen = state.version;
    show(state.error);
  };
})();

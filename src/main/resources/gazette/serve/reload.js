// Gazette preview: reloads the page when the site is rebuilt. Served only by `gazette serve`.
(function () {
  if (!window.EventSource) return;
  var build = null;
  var events = new EventSource('/__gazette/events');
  events.addEventListener('hello', function (e) {
    // After a lost connection, a different build number means we missed a reload.
    if (build !== null && build !== e.data) location.reload();
    build = e.data;
  });
  events.addEventListener('reload', function () { location.reload(); });
})();

/* Optional: refreshes the Trending and Most Read blocks in place from /data/*.json when those
   files are newer than the page, so a cached page shows current rankings. The page is complete
   without it. Builds elements with textContent only: nothing from the files is parsed as HTML. */
(function () {
  "use strict";
  var blocks = document.querySelectorAll("[data-ranking]");
  if (!blocks.length || !window.fetch) { return; }
  var pageTime = Date.parse(document.lastModified);
  blocks.forEach(function (block) {
    var source = block.getAttribute("data-ranking-source");
    if (!source) { return; }
    fetch(source, { cache: "no-cache" }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (!data || !Array.isArray(data.items) || !data.items.length) { return; }
      if (!(Date.parse(data.generatedAt) > pageTime)) { return; }
      var list = block.querySelector(".block__list");
      if (!list) { return; }
      var fresh = document.createDocumentFragment();
      data.items.forEach(function (item) {
        if (typeof item.url !== "string" || item.url.charAt(0) !== "/") { return; }
        var li = document.createElement("li");
        var kicker = document.createElement("span");
        kicker.className = "kicker";
        kicker.textContent = String(item.section || "");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = String(item.title || "");
        li.appendChild(kicker);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(link);
        fresh.appendChild(li);
      });
      list.replaceChildren(fresh);
    }).catch(function () { /* keep the rankings the page was built with */ });
  });
})();

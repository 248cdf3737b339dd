// site-builder serve: live reload. Injected into HTML responses by the dev server only, never into built files.
// Listens to the server's build events (server-sent events, reconnecting by itself and then told what it
// missed), reloads the page when its own file changed, swaps the stylesheets in place when only CSS changed,
// keeps the scroll position across reloads, and shows a failed build's problems over the page until the
// next good build. The server decides, from the page's file and the build it was served from.
(() => {
  "use strict";
  const script = document.currentScript;
  const scrollKey = "site-builder:scroll:" + location.pathname;
  const overlayId = "site-builder-overlay";

  history.scrollRestoration = "manual"; // restored below, once the reloaded page has its full height
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = JSON.parse(saved);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore, { once: true });
  }

  function reload() {
    sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
    location.reload();
  }

  function swapStylesheets(build) {
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("site-builder-css", build);
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", () => link.remove(), { once: true });
      fresh.addEventListener("error", () => fresh.remove(), { once: true });
      link.after(fresh);
    }
  }

  function showProblems(problems) {
    let overlay = document.getElementById(overlayId);
    if (overlay === null) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(20,20,20,.93);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.replaceChildren();
    const title = document.createElement("strong");
    title.style.color = "#ff8a80";
    title.textContent = "The build failed; this page shows the last good build.\n\n";
    const list = document.createElement("div");
    list.className = "site-builder-problems";
    list.textContent = problems.join("\n");
    overlay.append(title, list);
  }

  function hideProblems() {
    const overlay = document.getElementById(overlayId);
    if (overlay !== null) overlay.remove();
  }

  function onBuild(message) {
    const news = JSON.parse(message.data);
    if (news.reload) {
      reload();
      return;
    }
    if (news.css) swapStylesheets(message.lastEventId);
    if (news.problems.length > 0) showProblems(news.problems); else hideProblems();
  }

  function connect() {
    const source = new EventSource(script.dataset.events);
    source.addEventListener("open", () => { script.dataset.connected = "true"; });
    source.addEventListener("build", onBuild);
    source.addEventListener("error", () => {
      // EventSource retries by itself unless the server answered with an error status: then start anew.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
    });
  }
  connect();
})();

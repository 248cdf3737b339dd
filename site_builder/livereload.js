// site-builder serve: live reload. Injected into HTML responses by the dev server only, never into built files.
// Listens to the server's build events (server-sent events, reconnecting by itself and then told what it
// missed). When the page's own file changed, it fetches the new page and updates this one in place (the
// elements that differ, nothing else: the scroll position, focus, a typed value or an opened <details> stay,
// and the browser re-lays out only what changed); a page whose stylesheets or scripts changed, or that runs
// scripts of its own (they made DOM the new page does not have), is reloaded instead, keeping the scroll
// position. Swaps the stylesheets in place when only CSS changed, and shows a failed build's problems over
// the page until the next good build. The server decides what the page hears, from the page's file and the
// build it was served from.
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

  // -- the update in place -------------------------------------------------------------------------

  // The live reload's own nodes (this script, the overlay; in a fetched page, the script the server put in).
  const ours = (node) => node === script || node.id === overlayId || (node.nodeName === "SCRIPT" && node.hasAttribute("data-events"));

  function executable(element) {
    const type = (element.getAttribute("type") || "").trim().toLowerCase();
    return type === "" || type === "module" || type.includes("javascript") || type.includes("ecmascript");
  }

  // What a document loads and runs: stylesheets (by address, less the ?site-builder-css a swap added),
  // scripts, <base>. An update in place would not load or run them: when they differ, the page is reloaded.
  const loaded = (element) =>
    (element.nodeName === "LINK" && /(^|\s)stylesheet(\s|$)/i.test(element.rel)) ||
    (element.nodeName === "SCRIPT" && executable(element)) || element.nodeName === "BASE";

  function resources(doc) {
    return Array.from(doc.querySelectorAll("link, script, base"), (element) => {
      if (!loaded(element) || ours(element)) return null;
      if (element.nodeName !== "LINK") return element.outerHTML;
      const url = new URL(element.getAttribute("href") || "", doc.baseURI);
      url.searchParams.delete("site-builder-css");
      return `link ${url.href} ${element.media} ${element.disabled}`;
    }).filter((key) => key !== null);
  }

  const same = (a, b) => a.length === b.length && a.every((key, i) => key === b[i]);

  // Attributes as the new page has them; an element's state the reader set is kept: a <details> they opened.
  function morphAttributes(from, to) {
    const user = from.nodeName === "DETAILS" ? "open" : null;
    for (const { name } of Array.from(from.attributes)) {
      if (name !== user && !to.hasAttribute(name)) from.removeAttribute(name);
    }
    for (const { name, value } of Array.from(to.attributes)) {
      if (name !== user && from.getAttribute(name) !== value) from.setAttribute(name, value);
    }
  }

  const alike = (a, b) => a.nodeType === b.nodeType && a.nodeName === b.nodeName &&
    (a.nodeType !== Node.ELEMENT_NODE || a.id === b.id);

  function morph(from, to) {
    if (from.nodeType !== Node.ELEMENT_NODE) {
      if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
      return;
    }
    if (from.isEqualNode(to)) return; // the browser compares a subtree much faster than a walk through it here
    morphAttributes(from, to);
    morphChildren(from, to, from.nodeName === "HEAD" ? loaded : () => false);
  }

  // `from`'s children made like `to`'s: a node alike at the same place (same kind, tag and id) is updated,
  // an element with the wanted id further on is moved here, else a copy is put in; the rest goes. The
  // nodes `kept` says so of (and ours) are left where they are.
  function morphChildren(from, to, kept) {
    const skip = (node) => { while (node !== null && (kept(node) || ours(node))) node = node.nextSibling; return node; };
    let current = skip(from.firstChild);
    for (const wanted of Array.from(to.childNodes)) {
      if (kept(wanted) || ours(wanted)) continue;
      if (current !== null && alike(current, wanted)) {
        morph(current, wanted);
        current = skip(current.nextSibling);
        continue;
      }
      const moved = wanted.id && current !== null ? document.getElementById(wanted.id) : null;
      if (moved !== null && moved.parentNode === from && alike(moved, wanted) &&
          current.compareDocumentPosition(moved) & Node.DOCUMENT_POSITION_FOLLOWING) {
        from.insertBefore(moved, current);
        morph(moved, wanted);
      } else {
        from.insertBefore(document.importNode(wanted, true), current);
      }
    }
    while (current !== null) {
      const gone = current;
      current = skip(current.nextSibling);
      gone.remove();
    }
  }

  async function update() {
    performance.mark("site-builder:update");
    const response = await fetch(location.href, { cache: "no-store" });
    if (!response.ok || response.redirected) throw new Error(`${response.status} ${response.url}`);
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    const own = (doc) => Array.from(doc.scripts).some((element) => !ours(element) && executable(element));
    if (own(document) || own(fresh) || !same(resources(document), resources(fresh))) {
      reload();
      return;
    }
    morphAttributes(document.documentElement, fresh.documentElement);
    morph(document.head, fresh.head);
    morph(document.body, fresh.body);
  }

  let updating = null; // the update under way; one more is made after it when a build came meanwhile
  let again = false;
  function updateInPlace() {
    if (updating !== null) {
      again = true;
      return;
    }
    updating = update().catch(reload).finally(() => {
      updating = null;
      if (again) {
        again = false;
        updateInPlace();
      }
    });
  }

  // -- stylesheets, problems, the event stream --------------------------------------------------------

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
    if (news.update) updateInPlace();
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

// The search page: queries the Pagefind bundle built beside the pages. Everything is loaded from the
// site itself, relative to this script, so the search works from any static host and any sub-path.
const siteRoot = new URL("../", import.meta.url);
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");

let pagefind = null;

// The index is in shards (pagefind/shards.json lists them): the first one's engine searches them all.
async function engine() {
  if (!pagefind) {
    const bundle = new URL("pagefind/", siteRoot);
    const { shards } = await (await fetch(new URL("shards.json", bundle))).json();
    const [first, ...others] = shards.map((shard) => new URL(`${shard}/`, bundle));
    pagefind = await import(new URL("pagefind.js", first).href);
    await pagefind.options({ baseUrl: siteRoot.pathname });
    // Merged at once, not one after the other: each costs a request or two. Pagefind keeps the call order.
    await Promise.all(others.map((shard) => pagefind.mergeIndex(shard.href, { baseUrl: siteRoot.pathname })));
  }
  return pagefind;
}

// Pagefind's excerpt is escaped text with <mark> around the hits: keep exactly that, as DOM nodes.
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body.firstChild;
  return Array.from(parsed.childNodes, (node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  const kind = [data.meta.kind, data.meta.date].filter(Boolean).join(" · ");
  if (kind) {
    const meta = document.createElement("p");
    meta.className = "search-result-meta";
    meta.textContent = kind;
    item.append(meta);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

async function run(query) {
  results.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  try {
    const search = await (await engine()).search(query);
    const found = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    results.replaceChildren(...found.map(resultItem));
    const count = search.results.length;
    status.textContent =
      count === 0
        ? `Nothing found for “${query}”.`
        : `${count} page${count === 1 ? "" : "s"} found for “${query}”${count > found.length ? `, the first ${found.length} shown` : ""}.`;
  } catch (error) {
    status.textContent = "The search index could not be loaded: the site must be served over HTTP (any static host will do).";
    throw error;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  const url = new URL(window.location.href);
  url.searchParams.set("q", query);
  window.history.replaceState(null, "", url);
  run(query);
});

const initial = new URL(window.location.href).searchParams.get("q") || "";
if (initial) {
  input.value = initial;
  run(initial);
}

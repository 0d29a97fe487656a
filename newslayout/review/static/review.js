"use strict";
// The review page: builds everything from the JSON data block with DOM calls only. Issue text
// is untrusted: it is only ever assigned to textContent or to <title> text nodes, never parsed
// as HTML.
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const colours = new Map(data.articles.map((a) => [a.id, a.colour]));
  const rectsByArticle = new Map();
  const buttons = new Map();
  const pageFigures = [];
  let selected = "";
  let currentPage = 0;

  function el(name, cls, text) {
    const node = document.createElement(name);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function colourOf(region) {
    if (region.role === "unassigned") return data.unassigned_colour;
    return colours.get(region.article) || data.neutral_colour;
  }

  function hatchPattern(svg) {
    const defs = document.createElementNS(SVG, "defs");
    const pattern = document.createElementNS(SVG, "pattern");
    pattern.setAttribute("id", "hatch");
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "4");
    pattern.setAttribute("height", "4");
    pattern.setAttribute("patternTransform", "rotate(45)");
    const line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
    line.setAttribute("x2", "0"); line.setAttribute("y2", "4");
    line.setAttribute("stroke", data.unassigned_colour);
    line.setAttribute("stroke-width", "1.2");
    pattern.appendChild(line);
    defs.appendChild(pattern);
    svg.appendChild(defs);
  }

  function regionRect(region) {
    const style = data.roles[region.role];
    const [x0, top, x1, bottom] = region.box;
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("x", x0);
    rect.setAttribute("y", top);
    rect.setAttribute("width", Math.max(x1 - x0, 0.5));
    rect.setAttribute("height", Math.max(bottom - top, 0.5));
    const colour = colourOf(region);
    rect.setAttribute("stroke", colour);
    rect.setAttribute("stroke-width", style.width);
    if (style.dash.length) rect.setAttribute("stroke-dasharray", style.dash.join(" "));
    if (region.role === "unassigned") {
      rect.setAttribute("fill", "url(#hatch)");
      rect.setAttribute("fill-opacity", "0.8");
    } else {
      rect.setAttribute("fill", colour);
      rect.setAttribute("fill-opacity", String(style.fill));
    }
    rect.setAttribute("class", "region role-" + region.role);
    rect.setAttribute("vector-effect", "non-scaling-stroke");
    rect.dataset.region = region.id;
    rect.dataset.role = region.role;
    if (region.article) rect.dataset.article = region.article;
    const title = document.createElementNS(SVG, "title");
    title.textContent = region.label + (region.article ? " · " + region.article : "") +
      (region.text ? "\n" + region.text : "");
    rect.appendChild(title);
    rect.addEventListener("click", (event) => {
      event.stopPropagation();
      if (region.article) select(region.article, false);
      else describeRegion(region);
    });
    rect.addEventListener("mouseenter", () => { if (region.article) hover(region.article); });
    rect.addEventListener("mouseleave", () => hover(""));
    if (region.article) {
      if (!rectsByArticle.has(region.article)) rectsByArticle.set(region.article, []);
      rectsByArticle.get(region.article).push(rect);
    }
    return rect;
  }

  function diagMark(diag, index, slot) {
    const mark = document.createElementNS(SVG, "circle");
    const [x, y] = diag.box ? [diag.box[0], diag.box[1]] : [6, 6 + 12 * slot];
    mark.setAttribute("cx", x);
    mark.setAttribute("cy", y);
    mark.setAttribute("r", "5");
    mark.setAttribute("class", "diag-mark");
    mark.setAttribute("id", "diag-mark-" + index);
    const title = document.createElementNS(SVG, "title");
    title.textContent = diag.severity + ": [" + diag.code + "] " + diag.message;
    mark.appendChild(title);
    mark.addEventListener("click", () => showDiagnostic(index));
    return mark;
  }

  function buildPages() {
    const host = document.getElementById("pages");
    data.pages.forEach((page, i) => {
      const figure = el("figure", "page");
      figure.id = "page-" + page.number;
      figure.dataset.page = page.number;
      const caption = el("figcaption", "", "Page " + page.number +
        (page.label && page.label !== String(page.number) ? " (printed " + page.label + ")" : "") +
        (page.skipped ? " — not read" : ""));
      figure.appendChild(caption);
      const sheet = el("div", "sheet");
      if (page.image) {
        const img = el("img");
        img.setAttribute("alt", "Page " + page.number);
        img.setAttribute("src", page.image);
        img.setAttribute("width", page.width);
        img.setAttribute("height", page.height);
        sheet.appendChild(img);
      } else {
        sheet.appendChild(el("p", "skipped-note", "No image of this page could be made."));
      }
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", "0 0 " + page.width + " " + page.height);
      svg.setAttribute("preserveAspectRatio", "none");
      hatchPattern(svg);
      const regions = data.regions.filter((r) => r.page === page.number);
      // Large boxes first so smaller ones stay clickable on top of them.
      regions.sort((a, b) => area(b) - area(a));
      regions.forEach((r) => svg.appendChild(regionRect(r)));
      let slot = 0;
      data.diagnostics.forEach((d, index) => {
        if (d.page === page.number) svg.appendChild(diagMark(d, index, d.box ? 0 : slot++));
      });
      sheet.appendChild(svg);
      figure.appendChild(sheet);
      host.appendChild(figure);
      pageFigures.push(figure);
    });
  }

  function area(r) { return (r.box[2] - r.box[0]) * (r.box[3] - r.box[1]); }

  function buildArticles() {
    const list = document.getElementById("articles");
    data.articles.forEach((article) => {
      const item = el("li");
      const button = el("button");
      button.type = "button";
      button.dataset.article = article.id;
      button.setAttribute("aria-pressed", "false");
      const swatch = el("span", "swatch");
      swatch.style.backgroundColor = article.colour;
      const text = el("span", "what");
      text.appendChild(el("span", "aid", article.id + " "));
      if (article.kicker) text.appendChild(el("strong", "", article.kicker + " | "));
      text.appendChild(document.createTextNode(article.headline || "(no headline)"));
      button.append(swatch, text, el("span", "pages-of", "p. " + (article.pages.join(", ") || "?")));
      button.addEventListener("click", () => select(article.id === selected ? "" : article.id, true));
      button.addEventListener("mouseenter", () => hover(article.id));
      button.addEventListener("mouseleave", () => hover(""));
      button.addEventListener("focus", () => hover(article.id));
      button.addEventListener("blur", () => hover(""));
      item.appendChild(button);
      list.appendChild(item);
      buttons.set(article.id, button);
    });
  }

  function buildDiagnostics() {
    const list = document.getElementById("diagnostics");
    if (!data.diagnostics.length) list.appendChild(el("li", "", "None."));
    data.diagnostics.forEach((d, index) => {
      const item = el("li");
      const button = el("button");
      button.type = "button";
      button.dataset.diagnostic = index;
      const where = d.page ? "p. " + d.page : "file";
      button.appendChild(el("span", "sev-" + d.severity, d.severity));
      button.appendChild(el("span", "", where + " [" + d.code + "] " + d.message));
      button.addEventListener("click", () => showDiagnostic(index));
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function buildLegend() {
    const legend = document.getElementById("legend");
    legend.append(el("dt", "", "colour"), el("dd", "", "one per article, the same on every page; grey: page apparatus; red hatching: text read into nothing"));
    Object.entries(data.roles).forEach(([role, style]) => {
      legend.append(el("dt", "", role), el("dd", "", style.meaning));
    });
    legend.append(el("dt", "", "orange dot"), el("dd", "", "a diagnostic; click it or its line in the list"));
  }

  function hover(articleId) {
    document.querySelectorAll(".region.hot").forEach((r) => r.classList.remove("hot"));
    if (!articleId) return;
    (rectsByArticle.get(articleId) || []).forEach((r) => r.classList.add("hot"));
  }

  function select(articleId, scroll) {
    selected = articleId;
    document.body.dataset.selected = articleId;
    document.querySelectorAll(".region").forEach((r) => {
      const mine = articleId !== "" && r.dataset.article === articleId;
      r.classList.toggle("selected", mine);
      r.classList.toggle("dim", articleId !== "" && !mine && r.dataset.role !== "unassigned");
    });
    buttons.forEach((b, id) => b.setAttribute("aria-pressed", String(id === articleId)));
    const detail = document.getElementById("detail-text");
    if (!articleId) { detail.textContent = "Nothing selected."; return; }
    const article = data.articles.find((a) => a.id === articleId);
    const mine = data.regions.filter((r) => r.article === articleId);
    const roles = {};
    mine.forEach((r) => { roles[r.role] = (roles[r.role] || 0) + 1; });
    detail.textContent = article.id + ": " + (article.kicker ? article.kicker + " | " : "") +
      article.headline + "\npages " + (article.pages.join(", ") || "?") + "\n" +
      Object.entries(roles).map(([k, v]) => v + " " + k).join(", ");
    const button = buttons.get(articleId);
    if (button) button.scrollIntoView({ block: "nearest" });
    const first = (rectsByArticle.get(articleId) || [])
      .slice().sort((a, b) => pageOf(a) - pageOf(b) || a.y.baseVal.value - b.y.baseVal.value)[0];
    if (scroll && first) {
      first.scrollIntoView({ block: "center", behavior: "instant" });
      currentPage = pageFigures.findIndex((f) => f.contains(first));
      markPage();
    }
  }

  function pageOf(rect) { return Number(rect.closest(".page").dataset.page); }

  function describeRegion(region) {
    select("", false);
    document.getElementById("detail-text").textContent =
      region.label + " (page " + region.page + ")\n" + (region.text || "");
    // A teaser points at a page of this issue: go there.
    const target = region.link_page ? document.getElementById("page-" + region.link_page) : null;
    if (target) {
      target.scrollIntoView({ block: "start", behavior: "instant" });
      currentPage = pageFigures.indexOf(target);
      markPage();
    }
  }

  function showDiagnostic(index) {
    const d = data.diagnostics[index];
    document.getElementById("detail-text").textContent =
      d.severity + ": [" + d.code + "] " + d.message + (d.page ? "\npage " + d.page : "");
    const mark = document.getElementById("diag-mark-" + index);
    if (mark) {
      mark.scrollIntoView({ block: "center", behavior: "instant" });
      mark.classList.add("flash");
      setTimeout(() => mark.classList.remove("flash"), 1200);
    }
  }

  function markPage() {
    pageFigures.forEach((f, i) => f.classList.toggle("current", i === currentPage));
  }

  function goPage(step) {
    if (!pageFigures.length) return;
    currentPage = Math.min(Math.max(currentPage + step, 0), pageFigures.length - 1);
    pageFigures[currentPage].scrollIntoView({ block: "start", behavior: "instant" });
    markPage();
  }

  function stepArticle(step) {
    if (!data.articles.length) return;
    const at = data.articles.findIndex((a) => a.id === selected);
    const next = at < 0 ? (step > 0 ? 0 : data.articles.length - 1)
      : Math.min(Math.max(at + step, 0), data.articles.length - 1);
    select(data.articles[next].id, true);
    buttons.get(data.articles[next].id).focus({ preventScroll: true });
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case "j": case "ArrowDown": stepArticle(1); break;
      case "k": case "ArrowUp": stepArticle(-1); break;
      case "n": case "PageDown": goPage(1); break;
      case "p": case "PageUp": goPage(-1); break;
      case "Escape": select("", false); break;
      default: return;
    }
    event.preventDefault();
  });

  document.getElementById("title").textContent = data.title;
  document.getElementById("facts").textContent = [data.facts, data.source,
    data.pages.length + " page(s), " + data.articles.length + " article(s)"].filter(Boolean).join(" · ");
  buildPages();
  buildArticles();
  buildDiagnostics();
  buildLegend();
  markPage();
  document.body.dataset.ready = "true";
})();

// fazhi-kg graph view: filters, search, details panel, neighbourhood, path, permalink, export, keyboard.
// Runs after pyvis's drawGraph(), which defined the globals `nodes`, `edges` and `network`, all empty:
// the graph is the JSON of #fazhi-graph, and only what a view shows is ever added to vis-network.
// Every label and sentence reaches the page as text (textContent, string tooltips), never as HTML.
// The file holds each fact once: colours, shapes, sizes, edge labels and tooltips are made here, a tooltip
// only when its node or edge is drawn (written out for every node they were two thirds of a big page).
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("fazhi-data").textContent);
  var LEGIBLE = 11;          // screen pixels the smallest label gets in a first view
  var BASE_FONT = 14;        // vis-network's smallest label size (see kg.viz._options)
  var $ = function (id) { return document.getElementById(id); };
  var container = $("mynetwork");
  var status = $("fazhi-status"), search = $("fazhi-search"), hitList = $("fazhi-hits");
  var panel = $("fazhi-panel"), panelTitle = $("fazhi-panel-title"), panelBody = $("fazhi-panel-body");
  var depthSelect = $("fazhi-depth"), controls = $("fazhi-controls");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#fazhi-classes input[data-class]"));

  var G = JSON.parse(document.getElementById("fazhi-graph").textContent);
  var ALL = G.nodes, ALL_EDGES = G.edges, TOTAL = ALL.length;
  var REPORTS = {}, CLASS = {}, BELONGS = "隶属", MAX_EVIDENCE = D.evidence;
  D.reports.forEach(function (r) { REPORTS[r.i] = r; });
  D.classes.forEach(function (c) { CLASS[c.key] = c; });
  // An action is [verb, sentence, report index, place in graph order]; the file gives the sentence's index.
  ALL_EDGES.forEach(function (e, k) { e.id = k; e.acts.forEach(function (a) { a[1] = G.sentences[a[1]]; }); });
  var byId = {}, byLabel = {}, adjacent = {}, text = null;
  ALL.forEach(function (n) { byId[n.id] = n; byLabel[n.label] = n.id; adjacent[n.id] = []; });
  ALL_EDGES.forEach(function (e) { adjacent[e.from].push(e); adjacent[e.to].push(e); });
  ALL.forEach(function (n) {
    var c = CLASS[n.cls];
    n.shape = c.shape; n.color = c.colour; n.value = adjacent[n.id].length + 1;  // a node grows with its links
  });
  // What the search reads besides labels: every sentence of a node's actions, made at the first search.
  function searchText(id) {
    if (text === null) {
      text = {};
      ALL.forEach(function (n) { text[n.id] = n.label.toLowerCase(); });
      ALL_EDGES.forEach(function (e) {
        var said = e.acts.map(function (a) { return a[1]; }).join("\n").toLowerCase();
        text[e.from] += "\n" + said; text[e.to] += "\n" + said;
      });
    }
    return text[id];
  }

  // ---- tooltips (plain text: vis-network shows a string title with innerText) ----------------------
  function more(count, what) { return "…… 另有 " + count + " " + what; }
  // A node's class, its reports, then what it did or what was done to it (a hub's first mention is often
  // the report's opening sentence); a node without drawn actions shows the sentences that first name it.
  function nodeTip(n) {
    var lines = [CLASS[n.cls].name + "：" + n.label];
    n.reports.slice(0, MAX_EVIDENCE).forEach(function (i) { lines.push("报告：" + REPORTS[i].caption); });
    if (n.reports.length > MAX_EVIDENCE) { lines.push(more(n.reports.length - MAX_EVIDENCE, "份报告")); }
    var acts = [], seen = {};
    adjacent[n.id].forEach(function (e) {
      if (seen[e.id]) { return; }  // an edge from a node to itself is listed twice
      seen[e.id] = true;
      e.acts.forEach(function (a) { acts.push([a, e]); });
    });
    acts.sort(function (p, q) { return p[0][3] - q[0][3]; });
    acts.slice(0, MAX_EVIDENCE).forEach(function (p) {
      lines.push(byId[p[1].from].label + " " + p[0][0] + " " + byId[p[1].to].label);
      if (p[0][1]) { lines.push("  “" + p[0][1] + "”"); }
    });
    if (acts.length > MAX_EVIDENCE) { lines.push(more(acts.length - MAX_EVIDENCE, "项行动（点击查看全部）")); }
    if (!acts.length) { (n.ev || []).forEach(function (k) { lines.push("  “" + G.sentences[k] + "”"); }); }
    return lines.join("\n");
  }
  function edgeVerbs(e) {
    var verbs = e.belongs ? [BELONGS] : [];
    e.acts.forEach(function (a) { if (verbs.indexOf(a[0]) < 0) { verbs.push(a[0]); } });
    return verbs.sort();
  }
  // Who did what to whom, each verb with up to three of its sentences and their reports.
  function edgeTitle(e) {
    var lines = [byId[e.from].label + " → " + byId[e.to].label];
    edgeVerbs(e).forEach(function (verb) {
      var acts = e.acts.filter(function (a) { return a[0] === verb; });
      lines.push(verb);
      acts.slice(0, MAX_EVIDENCE).forEach(function (a) {
        if (a[1]) { lines.push("  “" + a[1] + "”"); }
        if (REPORTS[a[2]]) { lines.push("    —— " + REPORTS[a[2]].caption); }
      });
      if (acts.length > MAX_EVIDENCE) { lines.push("  " + more(acts.length - MAX_EVIDENCE, "处")); }
    });
    return lines.join("\n");
  }

  var state = {classes: {}, reports: [], years: [], focus: null, depth: 1, q: "", overview: D.overview};
  var shown = {nodes: [], edges: []}, hits = [], hitAt = -1, pathFrom = null, pathNote = "";
  var faded = {};  // the drawn nodes dimmed as non-hits of the search

  // ---- state <-> URL ---------------------------------------------------------------------------
  function fromCommand() {
    var c = D.command;
    boxes.forEach(function (b) { state.classes[b.dataset.class] = c.classes.length ? c.classes.indexOf(b.dataset.class) >= 0 : D.hidden.indexOf(b.dataset.class) < 0; });
    state.focus = c.focus && byLabel[c.focus] !== undefined ? byLabel[c.focus] : null;
    state.depth = c.depth || 1;
  }
  function fromHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (!location.hash) { return; }
    var keys = {}; D.reports.forEach(function (r) { keys[r.key] = r.i; });
    if (p.has("classes")) { var want = p.get("classes").split(","); boxes.forEach(function (b) { state.classes[b.dataset.class] = want.indexOf(b.dataset.class) >= 0; }); }
    state.reports = p.has("report") ? p.get("report").split(",").filter(function (k) { return k in keys; }).map(function (k) { return keys[k]; }) : [];
    state.years = p.has("year") ? p.get("year").split(",").map(Number).filter(Boolean) : [];
    state.focus = p.has("focus") && byLabel[p.get("focus")] !== undefined ? byLabel[p.get("focus")] : null;
    state.depth = Math.min(3, Math.max(1, Number(p.get("depth")) || 1));
    state.q = p.get("q") || "";
    state.overview = D.overview && p.get("view") !== "all" && !state.reports.length && !state.years.length && state.focus === null;
  }
  function toHash() {
    var p = new URLSearchParams();
    if (state.focus !== null) { p.set("focus", byId[state.focus].label); p.set("depth", state.depth); }
    if (state.reports.length) { p.set("report", state.reports.map(function (i) { return REPORTS[i].key; }).join(",")); }
    if (state.years.length) { p.set("year", state.years.join(",")); }
    p.set("classes", boxes.filter(function (b) { return state.classes[b.dataset.class]; }).map(function (b) { return b.dataset.class; }).join(","));
    if (state.q) { p.set("q", state.q); }
    if (D.overview && !state.overview) { p.set("view", "all"); }
    history.replaceState(null, "", "#" + p.toString());
  }

  // ---- what is shown ---------------------------------------------------------------------------
  function activeReports() {
    if (!state.reports.length && !state.years.length) { return null; }
    return D.reports.filter(function (r) {
      return (!state.reports.length || state.reports.indexOf(r.i) >= 0) && (!state.years.length || state.years.indexOf(r.year) >= 0);
    }).map(function (r) { return r.i; });
  }
  function meets(list, active) { return active === null || list.some(function (i) { return active.indexOf(i) >= 0; }); }
  function select() {
    var active = activeReports(), keep = {};
    ALL.forEach(function (n) { if (state.classes[n.cls] && meets(n.reports, active)) { keep[n.id] = true; } });
    var kept = ALL_EDGES.filter(function (e) { return keep[e.from] && keep[e.to] && meets(e.reports, active); });
    if (state.focus !== null && keep[state.focus]) {
      var near = {}, frontier = [state.focus];
      near[state.focus] = true;
      var links = {};
      kept.forEach(function (e) { (links[e.from] = links[e.from] || []).push(e.to); (links[e.to] = links[e.to] || []).push(e.from); });
      for (var d = 0; d < state.depth; d++) {
        var next = [];
        frontier.forEach(function (id) { (links[id] || []).forEach(function (m) { if (!near[m]) { near[m] = true; next.push(m); } }); });
        frontier = next;
      }
      keep = near;
      kept = kept.filter(function (e) { return near[e.from] && near[e.to]; });
    }
    var ids = Object.keys(keep).map(Number);
    return {nodes: ids, edges: kept, single: active && active.length === 1 ? active[0] : null};
  }
  function shortCaption(r) { return r.caption.replace(/法治政府建设(工作)?(年度)?(情况)?(的)?报告/, ""); }
  function bubbles() {
    var active = D.reports, counts = {};
    ALL.forEach(function (n) { if (state.classes[n.cls]) { n.reports.forEach(function (i) { counts[i] = (counts[i] || 0) + 1; }); } });
    var sorted = active.slice().sort(function (a, b) { return (a.year || 0) - (b.year || 0) || (a.caption < b.caption ? -1 : 1); });
    var box = container.getBoundingClientRect(), dx = 190, dy = 120;
    var cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length * (box.width / Math.max(box.height, 1)) * (dy / dx))));
    return sorted.map(function (r, k) {
      return {id: "r" + r.i, report: r.i, label: shortCaption(r) + "\n" + (counts[r.i] || 0) + " 个节点", shape: "dot",
              size: 10 + Math.sqrt(counts[r.i] || 0), color: "#8fb9e0", title: r.caption + "\n" + (counts[r.i] || 0) + " 个节点 · 双击展开",
              x: (k % cols) * dx, y: Math.floor(k / cols) * dy, font: {size: 16}, scaling: {label: {enabled: false}}};
    });
  }
  // With physics off vis-network redraws at every change of its data sets, so a view is handed over in one
  // setData (one drawing) rather than cleared and filled (a drawing of thousands of nodes per step).
  function replace(items, links) {
    nodes = new vis.DataSet(items);
    edges = new vis.DataSet(links);
    network.setData({nodes: nodes, edges: edges});
    faded = {};
  }
  function draw() {
    if (state.overview) {
      shown = {nodes: [], edges: []};
      replace(bubbles(), []);
    } else {
      shown = select();
      replace(shown.nodes.map(function (id) {
        var n = byId[id], at = shown.single !== null && n.rp && n.rp[shown.single] ? n.rp[shown.single] : [n.x, n.y];
        var item = {id: id, label: n.label, shape: n.shape, color: n.color, value: n.value, x: at[0], y: at[1], title: nodeTip(n)};
        if (id === state.focus) { item.borderWidth = 5; item.color = {background: n.color, border: "#111111"}; item.label = "◎ " + n.label; }
        return item;
      }), shown.edges.map(function (e) {
        return {id: e.id, from: e.from, to: e.to, label: D.big ? undefined : edgeVerbs(e).join("、"), title: edgeTitle(e), dashes: !e.acts.length};
      }));
    }
    depthSelect.value = String(state.depth);
    boxes.forEach(function (b) { b.checked = !!state.classes[b.dataset.class]; });
    syncChoices();
    fitReadable();
    find(false);
    say();
    toHash();
  }

  // ---- first view: fit, but never below a legible label size -------------------------------------
  function labelPx() { return BASE_FONT * network.getScale(); }
  function largestComponent(ids) {
    var seen = {}, best = [];
    var links = {};
    shown.edges.forEach(function (e) { (links[e.from] = links[e.from] || []).push(e.to); (links[e.to] = links[e.to] || []).push(e.from); });
    ids.forEach(function (start) {
      if (seen[start]) { return; }
      var part = [start], k = 0;
      seen[start] = true;
      while (k < part.length) { (links[part[k++]] || []).forEach(function (m) { if (!seen[m]) { seen[m] = true; part.push(m); } }); }
      if (part.length > best.length) { best = part; }
    });
    return best;
  }
  function fitReadable() {
    var ids = nodes.getIds();
    if (!ids.length) { return; }
    network.fit({nodes: ids, animation: false});
    if (labelPx() >= LEGIBLE) { return; }
    var core = state.overview ? ids : largestComponent(ids);
    network.fit({nodes: core, animation: false});
    if (labelPx() >= LEGIBLE) { return; }
    // Still too small: centre the component's busiest node (the first bubble in an overview) at a legible size.
    var hub = state.overview ? ids[0] : core.reduce(function (a, b) { return adjacent[b].length > adjacent[a].length ? b : a; });
    var at = network.getPositions([hub])[hub];
    var scale = LEGIBLE / BASE_FONT;
    if (state.overview) { var box = container.getBoundingClientRect(); at = {x: at.x + box.width / 2 / scale - 100, y: at.y + box.height / 2 / scale - 80}; }
    network.moveTo({position: at, scale: scale, animation: false});
  }
  function fitAll() { var ids = nodes.getIds(); if (ids.length) { network.fit({nodes: ids, animation: false}); } }

  // ---- status line and title ---------------------------------------------------------------------
  function describe() {
    var parts = [];
    if (state.focus !== null) { parts.push("焦点：" + byId[state.focus].label + "（" + state.depth + " 层）"); }
    if (state.reports.length) {
      var names = state.reports.map(function (i) { return shortCaption(REPORTS[i]); });
      parts.push("报告：" + (names.length > 2 ? names.slice(0, 2).join("、") + " 等 " + names.length + " 份" : names.join("、")));
    }
    if (state.years.length) { parts.push("年份：" + state.years.join("、")); }
    var off = boxes.filter(function (b) { return !state.classes[b.dataset.class]; });
    if (off.length) { parts.push("类别：" + boxes.filter(function (b) { return state.classes[b.dataset.class]; }).map(function (b) { return CLASS[b.dataset.class].name; }).join("、")); }
    if (state.q) { parts.push("搜索“" + state.q + "”：" + hits.length + " 处"); }
    if (pathNote) { parts.push(pathNote); }
    return parts;
  }
  function say() {
    var head = state.overview ? "概览：" + D.reports.length + " 份报告，" + TOTAL + " 个节点（双击报告展开）"
                              : "显示 " + shown.nodes.length + " / " + TOTAL + " 个节点";
    var parts = describe();
    status.textContent = [head].concat(parts).join(" · ");
    status.dataset.visible = state.overview ? 0 : shown.nodes.length;
    document.title = "fazhi-kg 图谱" + (parts.length ? " · " + parts.join(" · ") : "");
  }

  // ---- search ----------------------------------------------------------------------------------
  function find(step) {
    var q = state.q.trim().toLowerCase();
    var ids = state.overview ? [] : shown.nodes;
    if (!q) {
      hits = []; hitAt = -1; hitList.hidden = true; hitList.textContent = "";
      fade(ids, null);
      status.dataset.matches = 0;
      return;
    }
    var byName = ids.filter(function (id) { return byId[id].label.toLowerCase().indexOf(q) >= 0; });
    var exact = byName.filter(function (id) { return byId[id].label.toLowerCase() === q; });
    var inText = ids.filter(function (id) { return byName.indexOf(id) < 0 && searchText(id).indexOf(q) >= 0; });
    hits = exact.concat(byName.filter(function (id) { return exact.indexOf(id) < 0; }), inText);
    var isHit = {};
    hits.forEach(function (id) { isHit[id] = true; });
    fade(ids, isHit);
    hitList.textContent = "";
    hits.slice(0, 100).forEach(function (id, k) {
      var li = document.createElement("li"), n = byId[id];
      li.setAttribute("role", "option");
      li.textContent = n.label;
      var where = n.label.toLowerCase().indexOf(q) >= 0 ? "" : snippet(id, q);
      if (where) { var s = document.createElement("small"); s.textContent = where; li.appendChild(s); }
      li.addEventListener("click", function () { goTo(k); });
      hitList.appendChild(li);
    });
    hitList.hidden = !hits.length || document.activeElement !== search;
    status.dataset.matches = hits.length;
    hitAt = -1;
    if (step !== false && hits.length) { goTo(0); }
  }
  // Dim the non-hits (all bright when isHit is null), updating only the nodes that change: an update redraws.
  function fade(ids, isHit) {
    var changed = ids.filter(function (id) { return !faded[id] !== (isHit === null || !!isHit[id]); });
    if (!changed.length) { return; }
    changed.forEach(function (id) { faded[id] = !faded[id]; });
    nodes.update(changed.map(function (id) { return {id: id, opacity: faded[id] ? 0.15 : 1}; }));
  }
  function snippet(id, q) {
    var found = adjacent[id].map(function (e) { return e.acts; }).reduce(function (a, b) { return a.concat(b); }, [])
      .map(function (a) { return a[1]; }).filter(function (s) { return s.toLowerCase().indexOf(q) >= 0; })[0] || "";
    var at = found.toLowerCase().indexOf(q);
    return (at > 12 ? "…" : "") + found.slice(Math.max(0, at - 12), at + q.length + 18);
  }
  function goTo(k) {
    if (!hits.length) { return; }
    hitAt = (k + hits.length) % hits.length;
    var id = hits[hitAt];
    network.selectNodes([id], false);
    network.focus(id, {scale: Math.max(network.getScale(), LEGIBLE / BASE_FONT), animation: false});
    Array.prototype.forEach.call(hitList.children, function (li, i) { li.setAttribute("aria-selected", i === hitAt ? "true" : "false"); });
    if (hitList.children[hitAt]) { hitList.children[hitAt].scrollIntoView({block: "nearest"}); }
    status.dataset.hit = byId[id].label;
    status.dataset.hitIndex = hitAt;
  }

  // ---- details panel -----------------------------------------------------------------------------
  function el(tag, content, cls) {
    var e = document.createElement(tag);
    if (content !== undefined) { e.textContent = content; }
    if (cls) { e.className = cls; }
    return e;
  }
  function link(id) {
    var a = el("a", byId[id].label);
    a.href = "#";
    a.addEventListener("click", function (event) { event.preventDefault(); show(id); });
    return a;
  }
  function actItem(verb, other, evidence, report, outward) {
    var li = el("li");
    if (outward) { li.appendChild(el("b", verb + " ")); li.appendChild(link(other)); }
    else { li.appendChild(link(other)); li.appendChild(el("b", " " + verb)); }
    if (evidence) { li.appendChild(el("blockquote", "“" + evidence + "”")); }
    if (REPORTS[report]) { li.appendChild(el("div", "—— " + REPORTS[report].caption, "source")); }
    return li;
  }
  function section(title, items) {
    if (!items.length) { return; }
    panelBody.appendChild(el("h3", title + "（" + items.length + "）"));
    var ul = el("ul");
    items.forEach(function (i) { ul.appendChild(i); });
    panelBody.appendChild(ul);
  }
  function tool(label, action) {
    var b = el("button", label);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }
  function openPanel(title) {
    panelTitle.textContent = title;
    panelBody.textContent = "";
    panel.hidden = false;
  }
  function nodePanel(id) {
    var n = byId[id], c = CLASS[n.cls];
    openPanel(n.label);
    var kind = el("div");
    var mark = el("span", c.symbol + " ");
    mark.style.color = c.colour;
    kind.appendChild(mark);
    kind.appendChild(document.createTextNode(c.name));
    panelBody.appendChild(kind);
    var tools = el("div", undefined, "tools");
    tools.appendChild(tool("以此为中心", function () { state.focus = id; state.overview = false; draw(); show(id); }));
    tools.appendChild(tool(pathFrom === null || pathFrom === id ? "设为路径起点" : "从 " + byId[pathFrom].label + " 到此的路径",
      function () { if (pathFrom === null || pathFrom === id) { pathFrom = id; nodePanel(id); } else { path(pathFrom, id); } }));
    panelBody.appendChild(tools);
    section("报告", n.reports.map(function (i) { return el("li", REPORTS[i] ? REPORTS[i].caption : ""); }));
    var out = [], into = [], belongs = [], near = {};
    adjacent[id].forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      near[other] = true;
      if (!e.acts.length) { belongs.push(el("li")); belongs[belongs.length - 1].appendChild(link(other)); return; }
      e.acts.forEach(function (a) { (e.from === id ? out : into).push(actItem(a[0], other, a[1], a[2], e.from === id)); });
    });
    section("所做的事", out);
    section("被做的事", into);
    section("隶属", belongs);
    section("相邻节点", Object.keys(near).map(Number).sort(function (a, b) { return byId[a].label < byId[b].label ? -1 : 1; })
      .map(function (m) { var li = el("li"); li.appendChild(link(m)); return li; }));
    panel.dataset.node = n.label;
  }
  function edgePanel(e) {
    openPanel(byId[e.from].label + " → " + byId[e.to].label);
    section(e.acts.length ? "行动" : BELONGS, e.acts.length ? e.acts.map(function (a) { return actItem(a[0], e.to, a[1], a[2], true); })
                                                          : [(function () { var li = el("li"); li.appendChild(link(e.to)); return li; })()]);
    delete panel.dataset.node;
  }
  function reportPanel(i) {
    var r = REPORTS[i];
    openPanel(r.caption);
    var tools = el("div", undefined, "tools");
    tools.appendChild(tool("展开这份报告", function () { expandReport(i); }));
    panelBody.appendChild(tools);
    delete panel.dataset.node;
  }
  // Select a node, bring it into view (showing it first if the filters hid it) and open its panel.
  function show(id) {
    if (state.overview || shown.nodes.indexOf(id) < 0) { state.overview = false; state.focus = id; draw(); }
    network.selectNodes([id]);
    var scale = Math.max(network.getScale(), LEGIBLE / BASE_FONT);
    network.focus(id, {scale: scale, animation: false});
    nodePanel(id);
  }
  function expandReport(i) { state.overview = false; state.reports = [i]; state.focus = null; draw(); panel.hidden = true; }

  // ---- path between two nodes --------------------------------------------------------------------
  function path(from, to) {
    var back = {}, queue = [from], via = {};
    back[from] = from;
    var links = {};
    shown.edges.forEach(function (e) { (links[e.from] = links[e.from] || []).push(e); (links[e.to] = links[e.to] || []).push(e); });
    while (queue.length && back[to] === undefined) {
      var id = queue.shift();
      (links[id] || []).forEach(function (e) {
        var m = e.from === id ? e.to : e.from;
        if (back[m] === undefined) { back[m] = id; via[m] = e.id; queue.push(m); }
      });
    }
    pathFrom = null;
    if (back[to] === undefined) { pathNote = "路径：" + byId[from].label + " 与 " + byId[to].label + " 之间没有路径"; say(); return []; }
    var ids = [to], edgeIds = [];
    while (ids[0] !== from) { edgeIds.push(via[ids[0]]); ids.unshift(back[ids[0]]); }
    network.setSelection({nodes: ids, edges: edgeIds}, {highlightEdges: false});
    network.fit({nodes: ids, animation: false});
    pathNote = "路径：" + ids.map(function (i) { return byId[i].label; }).join(" → ") + "（" + edgeIds.length + " 步）";
    status.dataset.path = ids.map(function (i) { return byId[i].label; }).join("→");
    say();
    openPanel("路径（" + edgeIds.length + " 步）");
    section("经过", ids.map(function (i) { var li = el("li"); li.appendChild(link(i)); return li; }));
    return ids;
  }

  // ---- export ----------------------------------------------------------------------------------
  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }
  // The picture as it is on screen, drawn again at twice the screen's pixels on a white background.
  function exportPng() {
    var factor = 2 / (window.devicePixelRatio || 1), w = container.clientWidth, h = container.clientHeight;
    var view = {position: network.getViewPosition(), scale: network.getScale()};
    network.setSize(w * factor + "px", h * factor + "px");
    network.moveTo({position: view.position, scale: view.scale * factor, animation: false});
    network.redraw();
    var canvas = container.querySelector("canvas"), out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(canvas, 0, 0);
    network.setSize("100%", "100%");
    network.moveTo({position: view.position, scale: view.scale, animation: false});
    out.toBlob(function (blob) { download(blob, "fazhi-graph.png"); status.dataset.png = out.width + "x" + out.height; }, "image/png");
  }
  function csvField(value) {
    var s = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // not a formula when opened in a spreadsheet
    return '"' + s.replace(/"/g, '""') + '"';
  }
  function exportCsv() {
    var rows = [["kind", "label", "class", "from", "to", "actions", "reports"]];
    var captions = function (list) { return list.map(function (i) { return REPORTS[i] ? REPORTS[i].caption : ""; }).join("；"); };
    nodes.getIds().forEach(function (id) {
      var n = byId[id];
      if (n) { rows.push(["node", n.label, CLASS[n.cls].name, "", "", "", captions(n.reports)]); }
    });
    edges.get().forEach(function (e) {
      var full = ALL_EDGES[e.id];
      rows.push(["edge", "", "", byId[e.from].label, byId[e.to].label,
                 full.acts.length ? full.acts.map(function (a) { return a[0]; }).join("；") : BELONGS, captions(full.reports)]);
    });
    var body = rows.map(function (r) { return r.map(csvField).join(","); }).join("\r\n") + "\r\n";
    download(new Blob(["\ufeff" + body], {type: "text/csv;charset=utf-8"}), "fazhi-graph.csv");
    status.dataset.csvRows = rows.length - 1;
  }

  // ---- controls --------------------------------------------------------------------------------
  var yearChips = [], reportBoxes = [];
  function buildChoices() {
    var years = {};
    D.reports.forEach(function (r) { if (r.year) { years[r.year] = true; } });
    Object.keys(years).sort().forEach(function (y) {
      var b = el("button", y);
      b.type = "button"; b.dataset.year = y;
      b.addEventListener("click", function () { toggle(state.years, Number(y)); state.overview = false; draw(); });
      $("fazhi-years").appendChild(b);
      yearChips.push(b);
    });
    $("fazhi-years").hidden = yearChips.length < 2;
    D.reports.forEach(function (r) {
      var label = el("label"), box = el("input");
      box.type = "checkbox"; box.dataset.report = r.i;
      box.addEventListener("change", function () { toggle(state.reports, r.i); state.overview = false; draw(); });
      label.appendChild(box); label.appendChild(document.createTextNode(" " + r.caption));
      $("fazhi-report-list").appendChild(label);
      reportBoxes.push(box);
    });
    $("fazhi-reports").hidden = D.reports.length < 2;
    $("fazhi-overview").hidden = !D.overview;
  }
  function toggle(list, value) { var k = list.indexOf(value); if (k < 0) { list.push(value); } else { list.splice(k, 1); } }
  function syncChoices() {
    yearChips.forEach(function (b) { b.setAttribute("aria-pressed", state.years.indexOf(Number(b.dataset.year)) >= 0 ? "true" : "false"); });
    reportBoxes.forEach(function (b) { b.checked = state.reports.indexOf(Number(b.dataset.report)) >= 0; });
    $("fazhi-reports-count").textContent = state.reports.length ? "（已选 " + state.reports.length + "）" : "（全部 " + D.reports.length + "）";
  }

  boxes.forEach(function (b) { b.addEventListener("change", function () { state.classes[b.dataset.class] = b.checked; draw(); }); });
  depthSelect.addEventListener("change", function () { state.depth = Number(depthSelect.value); if (state.focus !== null) { draw(); } else { toHash(); } });
  $("fazhi-all").addEventListener("click", function () { state.focus = null; state.reports = []; state.years = []; state.overview = false; pathNote = ""; draw(); });
  $("fazhi-overview").addEventListener("click", function () { state.focus = null; state.reports = []; state.years = []; state.overview = true; draw(); });
  $("fazhi-fit").addEventListener("click", fitAll);
  $("fazhi-png").addEventListener("click", exportPng);
  $("fazhi-csv").addEventListener("click", exportCsv);
  $("fazhi-link").addEventListener("click", function () {
    toHash();
    var done = function () { status.dataset.copied = location.href; };
    if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(location.href).then(done, done); } else { done(); }
  });
  $("fazhi-menu").addEventListener("click", function () {
    var open = controls.classList.toggle("open");
    $("fazhi-menu").setAttribute("aria-expanded", open ? "true" : "false");
  });
  $("fazhi-panel-close").addEventListener("click", function () { panel.hidden = true; network.unselectAll(); });

  var typing = null;
  search.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { state.q = search.value; find(); say(); toHash(); }, TOTAL > 1000 ? 150 : 0);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(typing);
      if (state.q !== search.value) { state.q = search.value; find(); say(); toHash(); return; }
      goTo(hitAt + (event.shiftKey ? -1 : 1));
    } else if (event.key === "Escape") { search.value = ""; state.q = ""; find(); say(); toHash(); }
  });
  search.addEventListener("focus", function () { hitList.hidden = !hits.length; });
  search.addEventListener("blur", function () { setTimeout(function () { hitList.hidden = true; }, 200); });

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (typeof id === "string") { reportPanel(nodes.get(id).report); } else { nodePanel(id); }
    } else if (params.edges.length) {
      edgePanel(ALL_EDGES[params.edges[0]]);
    }
  });
  network.on("doubleClick", function (params) {
    if (!params.nodes.length) { return; }
    var id = params.nodes[0];
    if (typeof id === "string") { expandReport(nodes.get(id).report); return; }
    state.focus = id; state.overview = false; pathNote = "";
    draw();
    network.selectNodes([id]);
    nodePanel(id);
  });

  // ---- keyboard: arrows walk to the nearest node that way, Enter opens it, F focuses, +/- zoom, 0 fits.
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-label", "关系图：方向键选择节点，Enter 查看详情，F 以此为中心，+/- 缩放，0 全图");
  container.addEventListener("keydown", function (event) {
    var ids = nodes.getIds(), selected = network.getSelectedNodes()[0];
    if (!ids.length) { return; }
    var key = event.key, pos = network.getPositions(ids), directions = {ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1]};
    if (directions[key]) {
      event.preventDefault();
      var from = selected !== undefined ? pos[selected] : network.getViewPosition(), dir = directions[key], best = null, bestScore = Infinity;
      ids.forEach(function (id) {
        if (id === selected) { return; }
        var dx = pos[id].x - from.x, dy = pos[id].y - from.y, along = dx * dir[0] + dy * dir[1];
        if (along <= 0) { return; }
        var score = along + 2 * Math.abs(dx * dir[1] + dy * dir[0]);
        if (score < bestScore) { bestScore = score; best = id; }
      });
      if (best === null) { best = selected !== undefined ? selected : ids[0]; }
      network.selectNodes([best]);
      network.focus(best, {scale: Math.max(network.getScale(), LEGIBLE / BASE_FONT), animation: false});
      status.dataset.keyboard = nodes.get(best).label;
    } else if (key === "Enter" && selected !== undefined) {
      event.preventDefault();
      if (typeof selected === "string") { expandReport(nodes.get(selected).report); } else { nodePanel(selected); }
    } else if ((key === "f" || key === "F") && typeof selected === "number") {
      state.focus = selected; state.overview = false; draw(); network.selectNodes([selected]);
    } else if (key === "+" || key === "=") { network.moveTo({scale: network.getScale() * 1.25}); }
    else if (key === "-") { network.moveTo({scale: network.getScale() / 1.25}); }
    else if (key === "0") { fitAll(); }
    else if (key === "Escape") { panel.hidden = true; network.unselectAll(); }
  });

  function layoutBar() { document.documentElement.style.setProperty("--bar-height", $("fazhi-bar").getBoundingClientRect().bottom + "px"); }
  window.addEventListener("resize", layoutBar);
  window.addEventListener("hashchange", function () { fromHash(); search.value = state.q; draw(); });

  buildChoices();
  fromCommand();
  fromHash();
  search.value = state.q;
  layoutBar();
  status.dataset.nodes = TOTAL;
  status.dataset.edges = ALL_EDGES.length;
  draw();
  network.once("afterDrawing", function () {
    // The canvas may have been resized since the fit (the bar wraps once fonts are in): fit again if so.
    if (labelPx() < LEGIBLE) { fitReadable(); }
    status.dataset.drawn = Math.round(performance.now());
  });
  network.redraw();
  // For tests and benchmarks: the state and the measures the browser test checks.
  window.fazhi = {state: state, labelPx: labelPx, path: path, show: show, hits: function () { return hits.slice(); },
                  nodeTip: function (id) { return nodeTip(byId[id]); }, edgeTitle: function (k) { return edgeTitle(ALL_EDGES[k]); }};
})();

// The map page: zoom with the wheel, the buttons or a double click, pan by dragging, by
// changing the SVG's viewBox; no library. Circles keep their size on screen: their radius
// (data-r, in degrees at the world view) is divided by the zoom factor.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  if (!svg) return;
  var world = svg.dataset.view.split(" ").map(Number); // x, y, width, height
  var view = world.slice();
  var MAX_ZOOM = 40;

  function clamp(v) {
    var w = Math.min(world[2], Math.max(world[2] / MAX_ZOOM, v[2]));
    var h = w * world[3] / world[2];
    var x = Math.min(world[0] + world[2] - w, Math.max(world[0], v[0]));
    var y = Math.min(world[1] + world[3] - h, Math.max(world[1], v[1]));
    return [x, y, w, h];
  }

  function draw() {
    svg.setAttribute("viewBox", view.join(" "));
    var zoom = world[2] / view[2];
    svg.querySelectorAll("circle[data-r]").forEach(function (c) {
      c.setAttribute("r", (Number(c.dataset.r) / Math.pow(zoom, 0.8)).toFixed(3));
    });
    svg.style.setProperty("--zoom", zoom.toFixed(3));
    svg.dataset.zoom = zoom.toFixed(2);
  }

  function zoomAt(factor, cx, cy) {
    var w = view[2] / factor, h = view[3] / factor;
    view = clamp([cx - (cx - view[0]) / factor, cy - (cy - view[1]) / factor, w, h]);
    draw();
  }

  function point(event) {
    var p = svg.createSVGPoint();
    p.x = event.clientX; p.y = event.clientY;
    var q = p.matrixTransform(svg.getScreenCTM().inverse());
    return [q.x, q.y];
  }

  function centre() { return [view[0] + view[2] / 2, view[1] + view[3] / 2]; }

  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    var at = point(event);
    zoomAt(event.deltaY < 0 ? 1.25 : 0.8, at[0], at[1]);
  }, { passive: false });

  svg.addEventListener("dblclick", function (event) {
    var at = point(event);
    zoomAt(2, at[0], at[1]);
  });

  var drag = null; // where a drag started: the pointer on screen and the view then
  svg.addEventListener("pointerdown", function (event) {
    if (event.target.closest("a")) return;
    drag = { x: event.clientX, y: event.clientY, view: view.slice() };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var scale = drag.view[2] / svg.getBoundingClientRect().width;
    view = clamp([drag.view[0] - (event.clientX - drag.x) * scale, drag.view[1] - (event.clientY - drag.y) * scale,
                  drag.view[2], drag.view[3]]);
    draw();
  });
  svg.addEventListener("pointerup", function () { drag = null; });

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var c = centre();
      if (button.dataset.zoom === "in") zoomAt(2, c[0], c[1]);
      else if (button.dataset.zoom === "out") zoomAt(0.5, c[0], c[1]);
      else { view = world.slice(); draw(); }
    });
  });
  draw();
})();

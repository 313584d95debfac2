// Measures report.html as laid out by the browser and appends the findings as JSON in a pre element, id rsisim-check.
(function () {
  var out = { width: window.innerWidth, pageScrollWidth: document.documentElement.scrollWidth,
              figures: 0, texts: 0, overflowingTexts: [], tables: 0, overflowingTables: [] };
  var figures = document.querySelectorAll('figure svg');
  for (var i = 0; i < figures.length; i++) {
    var svg = figures[i];
    var box = svg.getBoundingClientRect();
    out.figures++;
    var texts = svg.querySelectorAll('text');
    for (var j = 0; j < texts.length; j++) {
      var t = texts[j].getBoundingClientRect();
      out.texts++;
      if (t.left < box.left - 0.5 || t.right > box.right + 0.5 || t.top < box.top - 0.5
          || t.bottom > box.bottom + 0.5) {
        out.overflowingTexts.push({ figure: svg.parentNode.id, text: texts[j].textContent,
          right: t.right - box.left, width: box.width, bottom: t.bottom - box.top, height: box.height });
      }
    }
  }
  var tables = document.querySelectorAll('table');
  for (var k = 0; k < tables.length; k++) {
    var tb = tables[k];
    out.tables++;
    var r = tb.getBoundingClientRect();
    var body = document.body.getBoundingClientRect();
    if (r.right > body.right + 0.5 || tb.scrollWidth > tb.clientWidth + 1) {
      out.overflowingTables.push({ index: k, heading: tb.rows[0].textContent, right: r.right, bodyRight: body.right });
    }
  }
  var pre = document.createElement('pre');
  pre.id = 'rsisim-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();

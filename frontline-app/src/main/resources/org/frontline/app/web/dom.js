/*
 * Loaded first. The one way the map's scripts make elements: text goes in through textContent only, so nothing that comes from
 * a report (or any API field) is ever parsed as HTML.
 */
(function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /** Every directive the page broke, so the browser test can check the page runs cleanly under its CSP. */
  var violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });

  window.frontlineDom = {el: el, cspViolations: violations};
}());

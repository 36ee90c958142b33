// Quick exit: leave for the neutral site and take this page out of the history
// (location.replace), so the back button does not return here. Without
// JavaScript the button is still a plain link to the same site.
(function () {
  "use strict";
  function leave(event) {
    var link = event.currentTarget;
    event.preventDefault();
    document.body.textContent = "";
    window.location.replace(link.href);
  }
  var links = document.querySelectorAll("a.quick-exit");
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", leave);
  }
})();

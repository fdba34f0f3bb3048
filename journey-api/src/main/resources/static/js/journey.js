// journey: progressive enhancement only. Every page works without this file; with it, forms marked
// data-confirm ask before they are sent, and elements marked data-print print the page.
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        var form = event.target;
        var question = form.getAttribute("data-confirm");
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    });
    document.addEventListener("click", function (event) {
        var target = event.target.closest("[data-print]");
        if (target) {
            event.preventDefault();
            window.print();
        }
    });
}());

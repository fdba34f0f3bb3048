// Staff pages: an import in progress reloads its page every second until the result is there. Without
// JavaScript the page has a link to show the progress again.
(function () {
    "use strict";
    var progress = document.querySelector("[data-refresh]");
    if (progress) {
        window.setTimeout(function () { window.location.reload(); },
            1000 * Number(progress.getAttribute("data-refresh")));
    }
}());

// The definition form, progressively. Without this file every button sends the form and the page comes back
// (choose a dimension, then "Uppdatera"; "Förhandsgranska" for the preview). With it, choosing another dimension
// updates the form at once, and the preview follows the edits: a moment after the last change, the form is sent to
// the preview address and only the preview is replaced. Nothing is saved until "Spara".
(function () {
    "use strict";
    var form = document.querySelector("[data-definition-form]");
    if (!form) {
        return;
    }
    var update = form.querySelector("button[name=action][value=refresh]");
    form.querySelectorAll("button.refresh").forEach(function (button) {
        button.hidden = true;
    });
    form.addEventListener("change", function (event) {
        if (event.target.matches("[data-refresh]") && update) {
            form.requestSubmit(update);
        }
    });

    var waiting = null;
    var latest = 0;
    function preview() {
        var data = new FormData(form);
        data.set("action", "preview");
        var asked = ++latest;
        fetch(form.getAttribute("data-preview"), {method: "POST", body: data, credentials: "same-origin",
            headers: {"Accept": "text/html"}})
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                var shown = document.getElementById("preview");
                // An answer to an older edit that arrives late is not shown over a newer one.
                if (html && shown && asked === latest) {
                    var fresh = document.createElement("div");
                    fresh.innerHTML = html;
                    var replacement = fresh.querySelector("#preview");
                    if (replacement) {
                        shown.replaceWith(replacement);
                    }
                }
            })
            .catch(function () {
                // The button still previews the whole page.
            });
    }
    function soon(event) {
        if (event.target.matches("[data-refresh]")) {
            return;
        }
        window.clearTimeout(waiting);
        waiting = window.setTimeout(preview, 700);
    }
    form.addEventListener("input", soon);
    form.addEventListener("change", soon);
}());

// The report form, progressively: only the fields of the chosen kind of period are shown (a year for calendar
// year, half-years and July–June; dates for a custom period). Without this file every field is shown and works.
(function () {
    "use strict";
    var kind = document.querySelector("[data-period-kind]");
    if (!kind) {
        return;
    }
    function update() {
        document.querySelectorAll("[data-period]").forEach(function (field) {
            field.hidden = field.getAttribute("data-period").split(" ").indexOf(kind.value) < 0;
        });
    }
    kind.addEventListener("change", update);
    update();
}());

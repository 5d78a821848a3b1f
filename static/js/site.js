/* The public site's only script: the header's menu button and the practice filters'
 * disclosure. Framework-free, served from the site itself (the CSP allows scripts from 'self').
 *
 * Loaded in <head> without defer: it marks <html> with .js at once, so that the menu starts
 * closed below the breakpoint without first flashing open. Without JavaScript the class is
 * never set: the menu button stays hidden and the menu open (static/css/header.css), and the
 * filters are a plain <details> that opens on request.
 */
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    /* The menu button (templates/includes/header.html): a real <button>, so Enter and Space
     * toggle it; Escape closes the open menu and gives the focus back to the button. */
    function setUpMenu() {
        var button = document.querySelector(".menu-button[aria-controls]");
        var menu = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!menu) {
            return;
        }
        function setOpen(open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
        }
        button.addEventListener("click", function () {
            setOpen(button.getAttribute("aria-expanded") !== "true");
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                button.focus();
            }
        });
    }

    /* <details data-open-from="(min-width: …)">: open while the media query matches (wide
     * screens show the filters beside the results), closed below it (results first). */
    function setUpDisclosures() {
        var disclosures = document.querySelectorAll("details[data-open-from]");
        Array.prototype.forEach.call(disclosures, function (details) {
            var query = window.matchMedia(details.getAttribute("data-open-from"));
            function follow() {
                details.open = query.matches;
            }
            follow();
            if (query.addEventListener) {
                query.addEventListener("change", follow);
            }
        });
    }

    function setUp() {
        setUpMenu();
        setUpDisclosures();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();

// Run in the page by the reflow checks of tests/browser/test_reflow.py (shared there): what
// sticks out past the window's right edge, for a failure message. Gives the outermost such
// elements that no ancestor contains, an ancestor containing its overflow when its overflow-x
// is one of `containing` (those that scroll, and for the public site those that clip too).
(containing) => {
    const width = window.innerWidth;
    const culprits = [];
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.right <= width + 0.5 || box.width === 0) continue;
        let parent = element.parentElement, reported = false;
        while (parent && parent !== document.body) {
            if (culprits.includes(parent) ||
                containing.includes(getComputedStyle(parent).overflowX)) {
                reported = true; break;
            }
            parent = parent.parentElement;
        }
        if (!reported) culprits.push(element);
    }
    return {
        scrollWidth: document.scrollingElement.scrollWidth,
        innerWidth: width,
        culprits: culprits.slice(0, 5).map(
            (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} ` +
                   `right=${Math.round(e.getBoundingClientRect().right)}`),
    };
}

// Run in the page by tests/browser/test_diagram_geometry.py: the geometry of the <svg> matched by
// `selector`, in the SVG's own user units (those of its viewBox).
(selector) => {
    const svg = document.querySelector(selector);
    const number = /^-?\d+(\.\d+)?$/;
    const numeric = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "width", "height",
                     "font-size"];
    const badNumbers = [];
    for (const element of svg.querySelectorAll("*")) {
        for (const name of numeric) {
            const value = element.getAttribute(name);
            if (value !== null && !number.test(value)) {
                badNumbers.push(`${element.tagName} ${name}=${value}`);
            }
        }
        const points = element.getAttribute("points");
        for (const pair of points === null ? [] : points.trim().split(/\s+/)) {
            const xy = pair.split(",");
            if (xy.length !== 2 || !xy.every((part) => number.test(part))) {
                badNumbers.push(`${element.tagName} points=${points}`);
            }
        }
    }
    // Text boxes as the browser lays them out, taken back from the screen to user units.
    const toUser = svg.getScreenCTM().inverse();
    const userBox = (element) => {
        const rect = element.getBoundingClientRect();
        const topLeft = new DOMPoint(rect.left, rect.top).matrixTransform(toUser);
        const bottomRight = new DOMPoint(rect.right, rect.bottom).matrixTransform(toUser);
        return [topLeft.x, topLeft.y, bottomRight.x, bottomRight.y];
    };
    const attribute = (element, name) => Number(element.getAttribute(name));
    const shapeOf = (text) => {
        const group = text.closest("g");
        const circle = group && group.querySelector("circle");
        if (circle) {
            return {kind: "circle", cx: attribute(circle, "cx"), cy: attribute(circle, "cy"),
                    r: attribute(circle, "r")};
        }
        const rect = group && group.querySelector("rect");
        if (rect) {
            const x = attribute(rect, "x");
            const y = attribute(rect, "y");
            return {kind: "rect",
                    box: [x, y, x + attribute(rect, "width"), y + attribute(rect, "height")]};
        }
        return null;
    };
    const lines = [];
    for (const text of svg.querySelectorAll("text")) {
        const parts = text.querySelectorAll("tspan");
        for (const part of parts.length ? parts : [text]) {
            lines.push({text: part.textContent, box: userBox(part), shape: shapeOf(text)});
        }
    }
    const viewBox = svg.viewBox.baseVal;
    return {
        badNumbers: badNumbers,
        viewBox: [viewBox.x, viewBox.y, viewBox.x + viewBox.width, viewBox.y + viewBox.height],
        lines: lines,
        fontLoaded: document.fonts.check('700 13px "DIG.INT diagram"'),
    };
}

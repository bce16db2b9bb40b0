// Builds elements from data without ever parsing it as HTML.
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export function replace(target, ...children) {
  target.replaceChildren();
  append(target, children);
}

/** A status chip: coloured by the value, named in the chosen language. */
export function chip(value, label) {
  return h('span', { class: 'chip s-' + String(value || 'NONE').toLowerCase(), 'data-value': value }, label);
}

export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

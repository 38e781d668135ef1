import { createElement, Fragment, type ReactNode } from 'react';

/**
 * The body's rich-text subset (the contract's jsoup safelist): p, br, h2, h3, strong, em, ul, ol,
 * li, blockquote, a[href] with http, https or mailto. The server sanitises what it stores; the
 * SPA keeps to the same subset when it edits and renders (no raw HTML ever reaches the DOM).
 */
const BLOCKS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote']);
const INLINE = new Set(['strong', 'em', 'br', 'a']);
/** What a contenteditable produces, mapped onto the subset. */
const ALIASES: Record<string, string> = {
  b: 'strong',
  i: 'em',
  div: 'p',
  h1: 'h2',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

export function safeHref(href: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

function tagOf(element: Element): string {
  const tag = element.tagName.toLowerCase();
  return ALIASES[tag] ?? tag;
}

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function serialise(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const tag = tagOf(element);
  if (tag === 'script' || tag === 'style') return '';
  const inner = Array.from(element.childNodes).map(serialise).join('');
  if (tag === 'br') return '<br>';
  if (tag === 'a') {
    const href = safeHref(element.getAttribute('href'));
    return href ? `<a href="${escapeAttribute(href)}">${inner}</a>` : inner;
  }
  if (BLOCKS.has(tag) || INLINE.has(tag)) return `<${tag}>${inner}</${tag}>`;
  return inner;
}

/** An editor's HTML reduced to the subset (anything else keeps its text only). */
export function toSubset(html: string): string {
  return Array.from(parse(html).childNodes).map(serialise).join('');
}

function render(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = tagOf(element);
  if (tag === 'script' || tag === 'style') return null;
  const children = Array.from(element.childNodes).map(render);
  if (tag === 'br') return <br key={key} />;
  if (tag === 'a') {
    const href = safeHref(element.getAttribute('href'));
    return href ? (
      <a key={key} href={href} rel="nofollow noopener">
        {children}
      </a>
    ) : (
      <Fragment key={key}>{children}</Fragment>
    );
  }
  if (BLOCKS.has(tag) || INLINE.has(tag)) return createElement(tag, { key }, ...children);
  return <Fragment key={key}>{children}</Fragment>;
}

/** The story's (server-sanitised) body as React elements of the subset. */
export function StoryBody({ html }: { html: string }) {
  return <div className="story-body">{Array.from(parse(html).childNodes).map(render)}</div>;
}

import { describe, expect, it } from 'vitest';
import { spaceBetweenBlocks } from './index-text.ts';

describe('spaceBetweenBlocks', () => {
  it.each([
    ['<dl><dt>Detractor</dt><dd>In NPS</dd></dl>', '<dl><dt>Detractor</dt> <dd>In NPS</dd> </dl>'],
    ['<tr><th>Statement</th><th>Figure</th></tr>', '<tr><th>Statement</th> <th>Figure</th> </tr> '],
    ['<table><caption>Sample</caption><thead>', '<table><caption>Sample</caption> <thead>'],
    ['<figure><ol></ol><figcaption>Order</figcaption></figure>', '<figure><ol></ol><figcaption>Order</figcaption> </figure>'],
  ])('%s', (html, indexed) => {
    expect(spaceBetweenBlocks(html)).toBe(indexed);
  });

  it('leaves inline elements and end tags already followed by space alone', () => {
    const html = '<p><strong>Net</strong><em>Promoter</em></p>\n<dt>A</dt>\n<dd>B</dd>\n';
    expect(spaceBetweenBlocks(html)).toBe(html);
  });
});

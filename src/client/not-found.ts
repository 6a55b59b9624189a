/**
 * The 404 pages only: a near-miss address (wrong case, no trailing slash, no language) goes straight to its page,
 * keeping the "#…"; anything else gets the closest pages listed first. Without JavaScript the page's full list
 * works on its own. The list of pages is read from the page itself, so nothing is fetched.
 */
import { landingFor, rankBySimilarity } from '../urls/near-miss.ts';

const lists = [...document.querySelectorAll<HTMLElement>('[data-missing]')];
const links = lists.flatMap((list) => [...list.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')]);
const hrefs = [...new Set(links.map((a) => a.getAttribute('href')!))];
const locales = [...new Set(hrefs.map((href) => href.split('/')[1]!))];
const landing = landingFor(location.pathname, hrefs, locales);

if (landing) location.replace(`${landing}${location.search}${location.hash}`);
else if (hrefs.length > 0) {
  const closest = rankBySimilarity(location.pathname, hrefs).slice(0, 3);
  const home = links.find((a) => a.getAttribute('href') === closest[0])!.closest<HTMLElement>('[data-missing]')!;
  const box = document.createElement('nav');
  box.className = 'closest';
  box.setAttribute('aria-labelledby', 'closest-h');
  const heading = document.createElement('h2');
  heading.id = 'closest-h';
  heading.textContent = home.dataset.closest ?? '';
  const list = document.createElement('ul');
  for (const href of closest) {
    const item = document.createElement('li');
    const link = links.find((a) => a.getAttribute('href') === href)!.cloneNode(true);
    item.append(link);
    list.append(item);
  }
  box.append(heading, list);
  // After the sentence that says the address does not exist, before the full list.
  const intro = home.querySelector('p');
  if (intro) intro.after(box);
  else home.prepend(box);
}

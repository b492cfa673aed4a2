// The one place for the site's identity: its address, its repository and its licences.
// Astro's config, the pages and the citations all read it from here.
export const site = {
  name: 'Kompendium pracownika socjalnego',
  url: process.env.KPS_SITE_URL ?? 'https://kompendium-pracownika-socjalnego.pl',
  repository: 'https://github.com/kompendium-pracownika-socjalnego/kompendium',
  editorialTeam: 'Redakcja Kompendium pracownika socjalnego',
  contentLicence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.pl' },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  defaultLang: 'pl',
};

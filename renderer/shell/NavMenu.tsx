import { Menu as MenuIcon } from 'lucide-react';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { VIEW_LINKS } from '../analysis/analysisViews.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import type { Route } from '../store/route.ts';

/**
 * The navigation of a narrow window (half a laptop screen) in one menu: the
 * top bar's links and, inside an analysis, its views (the rail is folded away
 * there). The styles show either this or the links and the rail, never both.
 */
export function NavMenu() {
  const { t } = useT();
  const route = useApp((s) => s.route);
  const navigate = useApp((s) => s.navigate);
  const links: { id: string; route: Route; label: string }[] = [
    { id: 'analyses', route: { name: 'analyses' }, label: t('nav.analyses') },
    { id: 'settings', route: { name: 'settings' }, label: t('nav.settings') },
  ];
  const views =
    route.name === 'analysis'
      ? VIEW_LINKS.map((v) => ({ id: v.view, route: { name: 'analysis', id: route.id, view: v.view } as const, label: t(v.label), Icon: v.icon }))
      : [];
  const current = route.name === 'analysis' ? route.view : route.name === 'settings' ? 'settings' : 'analyses';
  const go = (id: string) => {
    const target = [...links, ...views].find((l) => l.id === id);
    if (target) navigate(target.route);
  };
  return (
    <MenuTrigger>
      {/* data-route-link: after the menu takes the user elsewhere, the new view's heading takes the focus. */}
      <Button className="button button--small nav-menu__button" data-route-link>
        <MenuIcon aria-hidden size={20} />
        {t('nav.menu')}
      </Button>
      <Popover className="popover" placement="bottom start">
        <Menu className="menu" aria-label={t('nav.menu')} selectionMode="single" selectedKeys={[current]} onAction={(key) => go(String(key))}>
          <MenuSection aria-label={t('nav.main')}>
            {links.map((l) => (
              <MenuItem key={l.id} id={l.id} className="menu__item">
                <span className="menu__label">{l.label}</span>
              </MenuItem>
            ))}
          </MenuSection>
          {views.length > 0 && (
            <>
              <Separator className="menu__separator" />
              <MenuSection>
                <Header className="menu__header">{t('analysis.viewsHeading')}</Header>
                {views.map(({ id, label, Icon }) => (
                  <MenuItem key={id} id={id} className="menu__item" textValue={label}>
                    <Icon aria-hidden size={18} />
                    <span className="menu__label">{label}</span>
                  </MenuItem>
                ))}
              </MenuSection>
            </>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

import type { RefObject } from 'react';
import { Header, Menu, MenuItem, MenuSection, Popover, Separator } from 'react-aria-components';
import { QUADRANTS, type Quadrant } from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';

export type NoteMenuAction = `move:${Quadrant}` | 'edit' | 'group' | 'delete';

/** A note's menu: "Flytta till" (the non-drag path) and its other actions. */
export function NoteMenu({
  triggerRef,
  current,
  onClose,
  onAction,
}: {
  triggerRef: RefObject<HTMLElement | null>;
  current: Quadrant;
  onClose: () => void;
  onAction: (action: NoteMenuAction) => void;
}) {
  const { t } = useT();
  return (
    <Popover triggerRef={triggerRef} isOpen onOpenChange={(open) => !open && onClose()} className="popover" placement="bottom start">
      <Menu
        className="menu"
        aria-label={t('swot.noteRole')}
        autoFocus="first"
        onAction={(key) => {
          onClose();
          onAction(String(key) as NoteMenuAction); // the ids below are NoteMenuActions
        }}
      >
        <MenuSection>
          <Header className="menu__header">{t('swot.moveTo')}</Header>
          {QUADRANTS.filter((q) => q !== current).map((q) => (
            <MenuItem key={q} id={`move:${q}`} className="menu__item" textValue={t(`swot.quadrant.${q}`)}>
              <span className="menu__label">{t(`swot.quadrant.${q}`)}</span>
              <kbd className="menu__kbd">{QUADRANTS.indexOf(q) + 1}</kbd>
            </MenuItem>
          ))}
        </MenuSection>
        <Separator className="menu__separator" />
        <MenuItem id="edit" className="menu__item">
          {t('swot.edit')}
        </MenuItem>
        <MenuItem id="group" className="menu__item">
          {t('swot.group')}
        </MenuItem>
        <MenuItem id="delete" className="menu__item menu__item--danger">
          {t('swot.delete')}
        </MenuItem>
      </Menu>
    </Popover>
  );
}

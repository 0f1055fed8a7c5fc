import type { RefObject } from 'react';
import { Menu, MenuItem, MenuSection, Header, Popover, Separator } from 'react-aria-components';
import { COLOURS, type Colour } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { ColourIcon } from './colours.tsx';

export type CardMenuAction = `move:${Colour}` | 'edit' | 'duplicate' | 'merge' | 'split' | 'delete' | 'ask';

interface CardMenuProps {
  triggerRef: RefObject<HTMLElement | null>;
  isOpen: boolean;
  currentColour: Colour;
  /** A room is open: the card can be asked of the phones as a colour poll. */
  askRoom?: boolean;
  onClose: () => void;
  onAction: (action: CardMenuAction) => void;
}

/** One menu for all cards ("Flytta till…" and the card's other actions), anchored to the card it is opened on. */
export function CardMenu({ triggerRef, isOpen, currentColour, askRoom = false, onClose, onAction }: CardMenuProps) {
  const { t } = useT();
  return (
    <Popover
      triggerRef={triggerRef}
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      className="popover"
      placement="bottom start"
      aria-label={t('board.cardMenu')}
    >
      <Menu
        className="menu"
        aria-label={t('board.cardMenu')}
        autoFocus="first"
        onAction={(key) => {
          onClose();
          onAction(String(key) as CardMenuAction); // ids below are CardMenuActions
        }}
      >
        <MenuSection>
          <Header className="menu__header">{t('board.moveTo')}</Header>
          {COLOURS.filter((c) => c !== currentColour).map((c) => (
            <MenuItem key={c} id={`move:${c}`} className="menu__item" textValue={t(`colour.${c}`)}>
              <ColourIcon colour={c} />
              <span className="menu__label">{t(`colour.${c}`)}</span>
              <kbd className="menu__kbd">{COLOURS.indexOf(c) === 0 ? '0' : String(COLOURS.indexOf(c))}</kbd>
            </MenuItem>
          ))}
        </MenuSection>
        <Separator className="menu__separator" />
        {askRoom && (
          <MenuItem id="ask" className="menu__item">
            <span className="menu__label">{t('phones.ask')}</span>
            <kbd className="menu__kbd">R</kbd>
          </MenuItem>
        )}
        <MenuItem id="edit" className="menu__item">
          {t('board.edit')}
        </MenuItem>
        <MenuItem id="duplicate" className="menu__item">
          {t('board.duplicate')}
        </MenuItem>
        <MenuItem id="merge" className="menu__item">
          {t('board.merge')}
        </MenuItem>
        <MenuItem id="split" className="menu__item">
          {t('board.splitAction')}
        </MenuItem>
        <MenuItem id="delete" className="menu__item menu__item--danger">
          {t('board.delete')}
        </MenuItem>
      </Menu>
    </Popover>
  );
}

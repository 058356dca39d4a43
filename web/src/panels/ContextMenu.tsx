import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { CanvasPoint } from '../canvas/events.ts';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Shown as ticked (the current layout, for instance). */
  checked?: boolean;
}

export interface MenuSection {
  heading?: string;
  items: MenuItem[];
}

export interface ContextMenuProps {
  label: string;
  sections: MenuSection[];
  at: CanvasPoint;
  /** The canvas's size, so the menu opens inward near an edge. */
  bounds: { width: number; height: number };
  onClose: () => void;
}

const width = 250;

const menuItems = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];

/** A right-click menu: arrows move, Enter chooses, Escape or a click elsewhere closes. */
export function ContextMenu({ label, sections, at, bounds, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menuItems(menu.current)[0]?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const onKey = (event: KeyboardEvent) => {
    const list = menuItems(menu.current);
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(index + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? list[0] : list.at(-1))?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  const left = Math.max(4, Math.min(at.x, bounds.width - width - 8));
  const top = Math.max(4, Math.min(at.y, bounds.height - 60));
  return (
    <div ref={menu} className="context-menu" role="menu" aria-label={label} style={{ left, top, width, maxHeight: bounds.height - top - 8 }} onKeyDown={onKey}>
      {sections.map((section, s) => (
        <div key={section.heading ?? s} className="menu-section">
          {section.heading && (
            <p className="menu-heading" aria-hidden="true">
              {section.heading}
            </p>
          )}
          {section.items.map((item) => (
            // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is menuitemradio whenever aria-checked is set.
            <button
              key={item.label}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={-1}
              onClick={() => {
                onClose();
                item.onSelect();
              }}
            >
              {item.checked ? '✓ ' : ''}
              {item.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

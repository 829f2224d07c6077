import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';

const actions = () => ({ command: vi.fn(), openBackupsFolder: vi.fn(), about: vi.fn() });
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (menu: MenuItemConstructorOptions | undefined, label: string) =>
  items(menu).find((i) => i.label === label);

describe('the native menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, and the app menu first on macOS', () => {
    const win = menuTemplate(actions(), { platform: 'win32', appName: 'Tenure', developerTools: false });
    expect(win.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const mac = menuTemplate(actions(), { platform: 'darwin', appName: 'Tenure', developerTools: false });
    expect(mac.map((m) => m.label)).toEqual(['Tenure', '&File', '&Edit', '&View', '&Help']);
  });

  it('sends the page its commands, with accelerators', () => {
    const a = actions();
    const [file] = menuTemplate(a, { platform: 'linux', appName: 'Tenure', developerTools: false });
    const expected: [string, string | undefined, string][] = [
      ['Import Workspace…', 'CmdOrCtrl+O', 'import'],
      ['Export Workspace…', 'CmdOrCtrl+E', 'export'],
      ['Back Up Now', 'CmdOrCtrl+B', 'backup-now'],
      ['Restore from Backup…', 'CmdOrCtrl+Shift+R', 'restore'],
      ['Term Reminders…', undefined, 'reminders'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(file, label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
    (byLabel(file, 'Show Backups Folder')?.click as () => void)();
    expect(a.openBackupsFolder).toHaveBeenCalled();
    expect(items(file).at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
  });

  it('speaks the page’s language', () => {
    const a = actions();
    const spanish = menuTemplate(a, { platform: 'win32', appName: 'Tenure', developerTools: false, locale: 'es' });
    expect(spanish.map((m) => m.label)).toEqual(['&Archivo', '&Edición', '&Ver', 'Ay&uda']);
    (byLabel(spanish[0], 'Importar espacio de trabajo…')?.click as () => void)();
    expect(a.command).toHaveBeenLastCalledWith('import');
    expect(byLabel(spanish[3], 'Acerca de Tenure')).toBeDefined();
    const arabic = menuTemplate(a, { platform: 'linux', appName: 'Tenure', developerTools: false, locale: 'ar' });
    expect(arabic.map((m) => m.label)).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
  });

  it('offers developer tools only in development builds', () => {
    const roles = (developerTools: boolean) =>
      items(menuTemplate(actions(), { platform: 'linux', appName: 'Tenure', developerTools })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

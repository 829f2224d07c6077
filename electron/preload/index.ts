import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL } from '@shared/ipc/channels';
import { buildPreloadApi } from './api';

// The sandboxed preload's whole job: expose the contract's named functions as `window.tenure`.
contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, buildPreloadApi(ipcRenderer));

import { regionLayer } from './region.mjs';

export default regionLayer('sughd', 'Sughd Region (TJ-SU), with its exclaves Vorukh and Sarvan');

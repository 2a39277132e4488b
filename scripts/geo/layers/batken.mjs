import { regionLayer } from './region.mjs';

export default regionLayer('batken', 'Batken Region (KG-B), enclaves of other countries as holes');

import { useEffect, useState } from 'react';
import { onConnecting } from '../services/api';

/** Whether the H5 guest sign-in is under way right now (its puzzle takes about a second). */
export function useConnecting(): boolean {
  const [connecting, setConnecting] = useState(false);
  useEffect(() => onConnecting(setConnecting), []);
  return connecting;
}

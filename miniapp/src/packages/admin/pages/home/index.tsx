import { useRouter } from '@tarojs/taro';
import { AdminApp } from '../../AdminApp';
import '../../admin.scss';

/**
 * The admin web console (H5 only; the server sends /admin here). Shows the login when this tab has
 * no admin session. `?section=reports` opens a section directly.
 */
export default function AdminHomePage() {
  const { params } = useRouter();
  return <AdminApp initialSection={params.section} />;
}

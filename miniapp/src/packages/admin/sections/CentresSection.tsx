import type { CentreDetailDto, CentreStatus } from '@wac/shared-types';
import { useState } from 'react';
import { photoUrl } from '../../../services/api';
import { ActionOutcome, Field, LoadState, Notice, SectionTitle } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { amapMarkerUrl, parseCoordinatePaste, roundCoordinate, validCoordinates } from '../logic/coordinates';
import { CENTRE_STATUS_LABELS, COMMON, labelsOf, PROFESSION_LABELS } from '../texts';
import { WecomRobot } from './WecomRobot';
import { updateCentre } from '../../../services/admin-api.generated';
import { getCentre } from '../../../services/api.generated';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function CentreOverview() {
  const { centres, setCentre } = useAdmin();
  return (
    <>
      <SectionTitle>中心信息</SectionTitle>
      <p className="admin-muted">选择一个中心进行编辑（也可在页面上方切换当前中心）。</p>
      <table className="admin-table" data-testid="centres-table">
        <thead>
          <tr>
            <th scope="col">中心</th>
            <th scope="col">状态</th>
            <th scope="col">地址</th>
            <th scope="col">电话</th>
            <th scope="col">位置</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {centres.map((centre) => (
            <tr key={centre.code} data-testid={`centre-row-${centre.code}`}>
              <th scope="row">{centre.name}</th>
              <td>{CENTRE_STATUS_LABELS[centre.status]}</td>
              <td>{centre.address}</td>
              <td>{centre.phone}</td>
              <td>{centre.approximate ? '大致位置（待核实）' : '已核实'}</td>
              <td>
                <button
                  type="button"
                  className="admin-button admin-button--small"
                  onClick={() => setCentre(centre.code)}
                  data-testid={`centre-edit-${centre.code}`}
                >
                  {COMMON.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CentreForm({ detail, onSaved }: { detail: CentreDetailDto; onSaved: (detail: CentreDetailDto) => void }) {
  const { api } = useAdmin();
  const action = useAction();
  const [name, setName] = useState(detail.name);
  const [address, setAddress] = useState(detail.address);
  const [phone, setPhone] = useState(detail.phone);
  const [openingHours, setOpeningHours] = useState(detail.openingHours);
  const [status, setStatus] = useState<CentreStatus>(detail.status);
  const [approximate, setApproximate] = useState(detail.approximate);
  const [latitude, setLatitude] = useState(String(detail.latitude));
  const [longitude, setLongitude] = useState(String(detail.longitude));
  const [paste, setPaste] = useState('');
  const [pasteMessage, setPasteMessage] = useState<{ ok: boolean; text: string }>();
  const [workRules, setWorkRules] = useState(detail.workRules.join('\n'));
  const [serviceScope, setServiceScope] = useState(detail.serviceScope.join('\n'));

  const lat = Number(latitude);
  const lng = Number(longitude);
  const coordinatesOk = validCoordinates(lat, lng);

  const applyPaste = () => {
    const result = parseCoordinatePaste(paste);
    if (!result.ok) {
      setPasteMessage({ ok: false, text: result.error });
      return;
    }
    setLatitude(String(roundCoordinate(result.value.latitude)));
    setLongitude(String(roundCoordinate(result.value.longitude)));
    // A position taken from a map app is the centre itself, no longer the area seat.
    setApproximate(false);
    setPasteMessage({
      ok: true,
      text: `已填入：纬度 ${roundCoordinate(result.value.latitude)}，经度 ${roundCoordinate(result.value.longitude)}${result.swapped ? '（粘贴的是“经度,纬度”顺序，已自动调换）' : ''}。请点“在地图上查看”核对后保存。`,
    });
  };

  const save = () =>
    void action.run(async () => {
      const saved = await updateCentre(api, detail.code, {
        name: name.trim(),
        address: address.trim(),
        phone: phone.trim(),
        openingHours: openingHours.trim(),
        status,
        approximate,
        latitude: lat,
        longitude: lng,
        workRules: lines(workRules),
        serviceScope: lines(serviceScope),
      });
      onSaved(saved);
    }, COMMON.saved);

  return (
    <form
      className="admin-card admin-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (coordinatesOk) {
          save();
        }
      }}
      data-testid="centre-form"
    >
      <div className="admin-form__grid">
        <Field label="中心名称">
          <input
            className="admin-input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-testid="centre-name-input"
            required
            maxLength={64}
          />
        </Field>
        <Field label="联系电话" hint="例如 0595-22881234 或 12338">
          <input
            className="admin-input"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            data-testid="centre-phone-input"
            required
          />
        </Field>
        <Field label="地址" wide>
          <input
            className="admin-input"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            data-testid="centre-address-input"
            required
            maxLength={255}
          />
        </Field>
        <Field label="开放时间" wide>
          <input
            className="admin-input"
            value={openingHours}
            onChange={(event) => setOpeningHours(event.target.value)}
            data-testid="centre-hours-input"
            required
            maxLength={255}
          />
        </Field>
      </div>

      <fieldset className="admin-fieldset">
        <legend>状态</legend>
        {(['preparing', 'open'] as const).map((value) => (
          <label key={value} className="admin-check">
            <input
              type="radio"
              name="centre-status"
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
              data-testid={`centre-status-${value}`}
            />
            {CENTRE_STATUS_LABELS[value]}
          </label>
        ))}
      </fieldset>

      <fieldset className="admin-fieldset">
        <legend>位置（GCJ-02 坐标，即高德、腾讯、微信地图所用坐标）</legend>
        <div className="admin-form__grid">
          <Field
            label="从地图应用粘贴坐标"
            hint="在高德或腾讯地图上找到中心，复制坐标后粘贴到这里，“纬度,经度”或“经度,纬度”都可以。"
            wide
          >
            <span className="admin-inline">
              <input
                className="admin-input"
                value={paste}
                onChange={(event) => setPaste(event.target.value)}
                placeholder="例如 24.874,118.676"
                data-testid="coord-paste"
              />
              <button type="button" className="admin-button" onClick={applyPaste} data-testid="coord-paste-apply">
                识别并填入
              </button>
            </span>
          </Field>
          {pasteMessage ? (
            <Notice tone={pasteMessage.ok ? 'success' : 'error'} testId="coord-paste-result">
              {pasteMessage.text}
            </Notice>
          ) : null}
          <Field label="纬度">
            <input
              className="admin-input"
              inputMode="decimal"
              value={latitude}
              onChange={(event) => setLatitude(event.target.value)}
              data-testid="centre-lat"
              aria-invalid={!coordinatesOk}
            />
          </Field>
          <Field label="经度">
            <input
              className="admin-input"
              inputMode="decimal"
              value={longitude}
              onChange={(event) => setLongitude(event.target.value)}
              data-testid="centre-lng"
              aria-invalid={!coordinatesOk}
            />
          </Field>
        </div>
        {coordinatesOk ? (
          <p>
            <a
              className="admin-link"
              href={amapMarkerUrl({ latitude: lat, longitude: lng }, name)}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="centre-map-link"
            >
              在地图上查看此位置（高德地图，新窗口打开）
            </a>
          </p>
        ) : (
          <Notice tone="error">坐标不正确：纬度应在 18–54 之间，经度应在 73–136 之间。</Notice>
        )}
        <label className="admin-check">
          <input
            type="checkbox"
            checked={approximate}
            onChange={(event) => setApproximate(event.target.checked)}
            data-testid="centre-approximate"
          />
          这只是大致位置（区县政府所在地），尚未核实
        </label>
      </fieldset>

      <div className="admin-form__grid">
        <Field label="工作制度（上墙内容，每行一条）" wide>
          <textarea
            className="admin-input admin-textarea"
            value={workRules}
            onChange={(event) => setWorkRules(event.target.value)}
            rows={5}
            data-testid="centre-rules"
          />
        </Field>
        <Field label="服务范围（上墙内容，每行一条）" wide>
          <textarea
            className="admin-input admin-textarea"
            value={serviceScope}
            onChange={(event) => setServiceScope(event.target.value)}
            rows={5}
            data-testid="centre-scope"
          />
        </Field>
      </div>

      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy || !coordinatesOk}
          data-testid="centre-save"
        >
          {action.busy ? COMMON.saving : COMMON.save}
        </button>
      </div>
      <ActionOutcome action={action} testId="centre-save" />
    </form>
  );
}

function Wall({ detail }: { detail: CentreDetailDto }) {
  return (
    <section className="admin-card" aria-labelledby="wall-heading" data-testid="centre-wall">
      <h3 id="wall-heading" className="admin-subtitle">
        上墙值班人员（照片与简介）
      </h3>
      <p className="admin-muted">照片、简介和是否上墙在“工作人员”中修改。</p>
      {detail.dutyPeople.length === 0 ? <p>{COMMON.none}</p> : null}
      <ul className="admin-wall">
        {detail.dutyPeople.map((person) => (
          <li key={person.id} className="admin-wall__person">
            {person.photoUrl ? (
              <img src={photoUrl(person.photoUrl) ?? ''} alt={`${person.displayName}的照片`} width={64} height={64} />
            ) : (
              <span className="admin-wall__nophoto">无照片</span>
            )}
            <span>
              <strong>{person.displayName}</strong>（{labelsOf(PROFESSION_LABELS, person.professions)}）
              <br />
              <span className="admin-muted">{person.bio}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CentresSection() {
  const { api, centre } = useAdmin();
  const loaded = useLoad(() => getCentre(api, centre), [api, centre], centre !== '');
  const [saved, setSaved] = useState<CentreDetailDto>();
  if (!centre) {
    return <CentreOverview />;
  }
  const detail = saved?.code === centre ? saved : loaded.data;
  return (
    <>
      <SectionTitle testId="centre-title">中心信息：{detail?.name ?? ''}</SectionTitle>
      <LoadState loading={loaded.loading} error={loaded.error} reload={loaded.reload} />
      {detail && !loaded.loading ? (
        <>
          <CentreForm key={detail.code} detail={detail} onSaved={setSaved} />
          <WecomRobot key={`wecom-${detail.code}`} centre={detail.code} />
          <Wall detail={detail} />
        </>
      ) : null}
    </>
  );
}

import { parseDate, type CalendarDate } from '@internationalized/date';
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput as AriaDateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useRef, useState } from 'react';
import { LOCALES } from '../i18n/formatters.ts';
import { useT } from '../i18n/i18n.ts';

interface DateInputProps {
  /** Shown above the field, or only to screen readers with `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  /** A calendar date "YYYY-MM-DD", or null (or "") for none. */
  value: string | null;
  /** A complete date as "YYYY-MM-DD", or null when the field is cleared; half-typed dates are not reported. */
  onChange: (value: string | null) => void;
  min?: string;
  max?: string;
  className?: string;
}

function toCalendarDate(value: string | null | undefined): CalendarDate | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    // A stored value that is not a real day shows as empty rather than breaking the view.
    return null;
  }
}

/**
 * A date field in the app's language, whatever the browser's: "2026-09-01" in
 * Swedish, "01/09/2026" in English, typed segment by segment or picked from a
 * calendar. The value in and out stays ISO ("YYYY-MM-DD"), as stored.
 *
 * While the field has the focus it shows what is being typed, not the stored
 * value: every complete date is reported at once, and the stored value coming
 * back from the database a moment later would otherwise overwrite the second
 * digit of "15".
 */
export function DateInput({ label, hideLabel, value, onChange, min, max, className }: DateInputProps) {
  const { language, t } = useT();
  const stored = toCalendarDate(value);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<CalendarDate | null>(null);
  // What was last reported in this edit, so the same date is not reported twice before the database answers.
  const sent = useRef<string | null | undefined>(undefined);
  const report = (date: CalendarDate | null) => {
    const next = date ? date.toString() : null;
    const before = sent.current !== undefined ? sent.current : stored ? stored.toString() : null;
    if (next === before) return;
    sent.current = next;
    onChange(next);
  };
  return (
    <I18nProvider locale={LOCALES[language]}>
      <DatePicker
        className={`date-input${className ? ` ${className}` : ''}`}
        value={editing ? draft : stored}
        minValue={toCalendarDate(min) ?? undefined}
        maxValue={toCalendarDate(max) ?? undefined}
        granularity="day"
        shouldForceLeadingZeros
        aria-label={hideLabel ? label : undefined}
        onFocus={() => {
          sent.current = undefined;
          setDraft(stored);
          setEditing(true);
        }}
        onChange={(date) => {
          setDraft(date);
          report(date);
        }}
        onBlur={() => setEditing(false)}
      >
        {!hideLabel && <Label className="field__label">{label}</Label>}
        <Group className="input date-input__group">
          <AriaDateInput className="date-input__segments">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</AriaDateInput>
          <Button className="date-input__button" aria-label={t('date.openCalendar')}>
            <CalendarDays aria-hidden size={18} />
          </Button>
        </Group>
        <Popover className="popover" placement="bottom start">
          <Dialog className="date-input__dialog">
            <Calendar className="calendar">
              <header className="calendar__header">
                <Button slot="previous" className="icon-button" aria-label={t('date.previousMonth')}>
                  <ChevronLeft aria-hidden size={18} />
                </Button>
                <Heading className="calendar__heading" />
                <Button slot="next" className="icon-button" aria-label={t('date.nextMonth')}>
                  <ChevronRight aria-hidden size={18} />
                </Button>
              </header>
              <CalendarGrid className="calendar__grid">{(date) => <CalendarCell date={date} className="calendar__cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

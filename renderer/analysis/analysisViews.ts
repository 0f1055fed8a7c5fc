import {
  BriefcaseBusiness,
  ClipboardList,
  CalendarCheck,
  FileText,
  Grid2x2,
  History,
  LayoutGrid,
  LayoutList,
  ListChecks,
  Presentation,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { AnalysisView } from '../store/route.ts';

/** The views of an analysis in the order the rail and the narrow window's menu list them. */
export const VIEW_LINKS = [
  { view: 'overview', icon: LayoutList, label: 'analysis.overview' },
  { view: 'info', icon: Presentation, label: 'analysis.info' },
  { view: 'roles', icon: Users, label: 'analysis.roles' },
  { view: 'survey', icon: ClipboardList, label: 'analysis.survey' },
  { view: 'board', icon: LayoutGrid, label: 'analysis.board' },
  { view: 'swot', icon: Grid2x2, label: 'analysis.swot' },
  { view: 'actions', icon: ListChecks, label: 'analysis.actions' },
  { view: 'newRoles', icon: BriefcaseBusiness, label: 'analysis.newRoles' },
  { view: 'report', icon: FileText, label: 'analysis.report' },
  { view: 'followUp', icon: CalendarCheck, label: 'analysis.followUp' },
  { view: 'history', icon: History, label: 'analysis.history' },
] as const satisfies readonly { view: AnalysisView; icon: LucideIcon; label: string }[];

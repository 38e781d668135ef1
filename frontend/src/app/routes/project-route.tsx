import { ProjectMoney } from '@/features/funding/components/project-money';
import { ProjectPage } from '@/features/projects/routes/project-page';

// Features never import each other: the app gives the project page the funding feature's money
// section (its sources, awarded and paid, and the link to its disclosure page).
export default function ProjectRoute() {
  return <ProjectPage money={(projectId) => <ProjectMoney projectId={projectId} />} />;
}

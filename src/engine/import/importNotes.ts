// What the import of a real cluster's dump says it inferred or left out, in English and Korean,
// through the engine's one message format (messages/format.ts). Parameters are names, addresses,
// ranges and versions: never translated.
import { format, type Catalog, type Language, type Message } from '../messages/format.ts';

export const IMPORT_NOTES_EN = {
  'import.cluster.one': 'Imported cluster: 1 node ({list}), Kubernetes {version}.',
  'import.cluster.many': 'Imported cluster: {count} nodes ({list}), Kubernetes {version}.',
  'import.network': 'Pod network: {why}.',
  'import.net.calicoIpip':
    'Calico with IP-in-IP (each node has projectcalico.org/IPv4IPIPTunnelAddr, the address of its tunl0)',
  'import.net.calicoVxlan':
    'Calico with VXLAN (each node has projectcalico.org/IPv4VXLANTunnelAddr, the address of its vxlan.calico)',
  'import.net.flannel':
    'flannel with its vxlan backend (flannel.alpha.coreos.com/backend-type: vxlan on each node)',
  'import.net.gke':
    "GKE's VPC-native routing (gce:// provider IDs; each node's spec.podCIDR is an alias IP range the VPC routes to it)",
  'import.net.bridge':
    "a single node with no CNI agent: the bridge CNI, as minikube's docker driver sets up",
  'import.net.kindnet':
    "kindnet, the CNI of kind and multi-node minikube (its kindnet pods run in kube-system): each node's spec.podCIDR is routed to it without encapsulation",
  'import.versions':
    'The nodes run different kubelets ({versions}); the lab simulates every node as {version}.',
  'import.clusterCIDR':
    "Cluster CIDR {cidr}: the smallest /16 or wider range holding every node's pod range (kube-proxy's --cluster-cidr is not in the dump).",
  'import.serviceCIDR': "Service CIDR {cidr}: inferred from the kubernetes Service's ClusterIP.",
  'import.lan':
    "The nodes' LAN is taken as {lan} with its router and resolver at {gateway}, and your machine as {client} {ip} (the dump does not say where you are).",
  'import.skipped':
    'Left out: {what} (the lab reads Nodes, Pods, Services, IPv4 EndpointSlices and networking.k8s.io/v1 Ingresses).',
  'import.owners':
    "The pods' owners ({owners}) are not in the dump: the lab keeps the pods as recorded, and nothing replaces a pod you delete.",
  'import.ingressClass':
    "IngressClass {name} (controller {controller}) is added: the dump's Ingresses name it and pod {pod} serves it, as its install manifest creates it.",
  'import.sharedInternalIP':
    "Several nodes report the same InternalIP {ip} (kubelets without --node-ip); the lab gives each node the address its CNI uses (flannel's public-ip, Calico's IPv4Address), which is how the nodes reach each other.",
  'import.applyHere': 'Manifests applied here are added to this cluster.',
};

export type ImportNoteKey = keyof typeof IMPORT_NOTES_EN;

export const IMPORT_NOTES_KO: Catalog<ImportNoteKey> = {
  'import.cluster.one': '가져온 클러스터: 노드 1개({list}), Kubernetes {version}.',
  'import.cluster.many': '가져온 클러스터: 노드 {count}개({list}), Kubernetes {version}.',
  'import.network': '파드 네트워크: {why}.',
  'import.net.calicoIpip':
    'Calico IP-in-IP(노드마다 tunl0의 주소인 projectcalico.org/IPv4IPIPTunnelAddr가 있습니다)',
  'import.net.calicoVxlan':
    'Calico VXLAN(노드마다 vxlan.calico의 주소인 projectcalico.org/IPv4VXLANTunnelAddr가 있습니다)',
  'import.net.flannel':
    'flannel의 vxlan 백엔드(노드마다 flannel.alpha.coreos.com/backend-type: vxlan이 있습니다)',
  'import.net.gke':
    'GKE의 VPC 네이티브 라우팅(provider ID가 gce://이고, 노드마다 spec.podCIDR는 VPC가 그 노드로 보내는 별칭 IP 범위입니다)',
  'import.net.bridge':
    'CNI 에이전트가 없는 단일 노드: minikube의 docker 드라이버가 구성하는 bridge CNI',
  'import.net.kindnet':
    'kind와 다중 노드 minikube의 CNI인 kindnet(kube-system에서 kindnet 파드가 실행됩니다): 노드마다 spec.podCIDR가 캡슐화 없이 그 노드로 라우팅됩니다',
  'import.versions':
    '노드마다 kubelet 버전이 다릅니다({versions}). 랩은 모든 노드를 {version}(으)로 시뮬레이션합니다.',
  'import.clusterCIDR':
    '클러스터 CIDR {cidr}: 모든 노드의 파드 범위를 담는, /16 이상인 가장 작은 범위입니다(kube-proxy의 --cluster-cidr는 덤프에 없습니다).',
  'import.serviceCIDR': '서비스 CIDR {cidr}: kubernetes 서비스의 ClusterIP에서 추론했습니다.',
  'import.lan':
    '노드의 LAN은 {lan}, 라우터와 DNS 리졸버는 {gateway}, 여러분의 컴퓨터는 {client} {ip}(으)로 가정합니다(덤프에는 여러분이 어디에 있는지 나오지 않습니다).',
  'import.skipped':
    '제외한 객체: {what}(랩은 Node, Pod, Service, IPv4 EndpointSlice, networking.k8s.io/v1 Ingress를 읽습니다).',
  'import.owners':
    '파드의 소유자({owners})는 덤프에 없습니다. 랩은 파드를 기록된 그대로 두며, 파드를 지워도 대신할 파드가 생기지 않습니다.',
  'import.ingressClass':
    'IngressClass {name}(컨트롤러 {controller})를 추가했습니다. 덤프의 Ingress가 이 클래스를 가리키고 {pod} 파드가 처리하며, 설치 매니페스트가 이 클래스를 만들기 때문입니다.',
  'import.sharedInternalIP':
    '여러 노드가 같은 InternalIP {ip} 주소를 보고합니다(--node-ip 없이 실행한 kubelet). 랩은 노드마다 CNI가 쓰는 주소(flannel의 public-ip, Calico의 IPv4Address)를 줍니다. 노드들은 이 주소로 서로 통신합니다.',
  'import.applyHere': '여기서 적용한 매니페스트는 이 클러스터에 추가됩니다.',
};

export const IMPORT_NOTES: Readonly<Record<Language, Catalog<ImportNoteKey>>> = {
  en: IMPORT_NOTES_EN,
  ko: IMPORT_NOTES_KO,
};

export interface ImportNote extends Message<ImportNoteKey> {
  readonly params?: Readonly<Record<string, string | number | ImportNote>>;
}

export function importNote(
  key: ImportNoteKey,
  params?: Readonly<Record<string, string | number | ImportNote>>,
): ImportNote {
  return params ? { key, params } : { key };
}

/** An import note in one language. */
export function importNoteText(message: ImportNote, language: Language = 'en'): string {
  const catalog: Readonly<Record<string, string>> = IMPORT_NOTES[language];
  return format((k) => catalog[k], message);
}

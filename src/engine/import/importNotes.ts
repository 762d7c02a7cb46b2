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
  'import.err.atLine': 'line {line}: {what}',
  'import.err.field': '{object}: {problem}',
  'import.err.missing': '{field} is missing',
  'import.err.notText': '{field} is not text',
  'import.err.notIPv4': '{field} "{value}" is not an IPv4 address',
  'import.err.notIP': '{field} "{value}" is not an IP address',
  'import.err.notList': '{field} is not a list',
  'import.err.notPort': '{field} is not a port number from {min} to {max}',
  'import.err.twice': '{field} "{value}" appears twice',
  'import.err.noInternalIP': '{field} has no InternalIP',
  'import.err.empty': '{field} is empty',
  'import.err.fieldNotObject': '{field} is not an object',
  'import.err.notTargetPort': '{field} is neither a number nor a port name',
  'import.err.ipv6Service':
    '{field} "{value}" is not an IPv4 address (IPv6 Services are not simulated)',
  'import.err.notObject': 'the dump is not a Kubernetes object or List',
  'import.err.noItems': 'the List has no items',
  'import.err.itemNotObject': 'items[{index}] is not an object',
  'import.err.yamlAt': 'the dump is not valid YAML (line {line}, column {col}): {reason}',
  'import.err.yaml': 'the dump is not valid YAML: {reason}',
  'import.err.calicoMixedIpip':
    'some nodes have a Calico IP-in-IP tunnel address (projectcalico.org/IPv4IPIPTunnelAddr) and others none; the lab simulates one encapsulation for the whole cluster',
  'import.err.calicoMixedVxlan':
    'some nodes have a Calico VXLAN tunnel address (projectcalico.org/IPv4VXLANTunnelAddr) and others none; the lab simulates one encapsulation for the whole cluster',
  'import.err.calicoBgp':
    'the nodes run Calico without IP-in-IP or VXLAN (no projectcalico.org/IPv4IPIPTunnelAddr or IPv4VXLANTunnelAddr): plain BGP routing is not simulated',
  'import.err.flannelBackend':
    "flannel's {backend} backend (flannel.alpha.coreos.com/backend-type) is not simulated; the lab simulates flannel's vxlan backend",
  'import.err.noPodCIDR': 'Node {node} runs {cni} but has no spec.podCIDR',
  'import.err.bridgePodCIDR': 'the one Node {node} has no spec.podCIDR for its bridge',
  'import.err.aws':
    "the nodes run on AWS (aws:// provider IDs) without Calico: the AWS VPC CNI gives pods addresses from the VPC's subnets, which the lab does not simulate yet (Calico on AWS, as kops installs it, is)",
  'import.err.unknownNetwork':
    'the lab cannot tell the pod network: no node has Calico (projectcalico.org/IPv4IPIPTunnelAddr, IPv4VXLANTunnelAddr) or flannel (flannel.alpha.coreos.com/backend-type) annotations, no kindnet pods run, and the provider IDs are not gce:// or kind://; it simulates Calico, flannel, kindnet, GKE VPC-native and a single-node bridge',
  'import.err.tunnelNotIPv4': 'Node {node}: {key} "{value}" is not an IPv4 address',
  'import.err.podCIDRNotCidr': 'Node {node}: spec.podCIDR "{value}" is not an IPv4 CIDR',
  'import.err.noObjects': 'the dump holds no objects; paste the output of `{command}`',
  'import.err.noNodes':
    'the dump holds no Node; the lab builds the cluster from its nodes: paste the output of `{command}`',
  'import.err.podNodeMissing': 'Pod {pod} runs on node {node}, which the dump does not hold',
  'import.err.badVersion':
    'Node {node}: status.nodeInfo.kubeletVersion "{value}" is not a Kubernetes version',
  'import.err.oldVersion':
    'the cluster runs Kubernetes {version}; the lab simulates v1.19 and later',
  'import.err.noIPv4': 'Node {node} has no IPv4 InternalIP; IPv6 clusters are not simulated',
  'import.err.sharedIP':
    'Nodes {a} and {b} both report InternalIP {ip} (a kubelet without --node-ip on a machine whose first interface is shared); the lab needs one address per node',
  'import.err.podOutside':
    'Pod {pod} has address {ip}, outside {ranges} of its node {node}; the lab cannot route to it',
  'import.err.podElsewhere': 'Pod {pod} ({ip}) on {node} lies in the pod range of {other} too',
  'import.err.cannotRead': 'the cluster dump cannot be read: {why}',
  'import.err.unreadable': 'the lab could not read the dump ({reason})',
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
  'import.err.atLine': '{line}행: {what}',
  'import.err.field': '{object}: {problem}',
  'import.err.missing': '{field} 필드가 없습니다',
  'import.err.notText': '{field} 필드가 문자열이 아닙니다',
  'import.err.notIPv4': '{field} 필드의 "{value}"는 IPv4 주소가 아닙니다',
  'import.err.notIP': '{field} 필드의 "{value}"는 IP 주소가 아닙니다',
  'import.err.notList': '{field} 필드가 목록이 아닙니다',
  'import.err.notPort': '{field} 필드가 {min}에서 {max} 사이의 포트 번호가 아닙니다',
  'import.err.twice': '{field} "{value}"가 두 번 나옵니다',
  'import.err.noInternalIP': '{field}에 InternalIP가 없습니다',
  'import.err.empty': '{field} 필드가 비어 있습니다',
  'import.err.fieldNotObject': '{field} 필드가 객체가 아닙니다',
  'import.err.notTargetPort': '{field} 필드가 숫자도 포트 이름도 아닙니다',
  'import.err.ipv6Service':
    '{field} 필드의 "{value}"는 IPv4 주소가 아닙니다(IPv6 서비스는 시뮬레이션하지 않습니다)',
  'import.err.notObject': '덤프가 Kubernetes 객체나 List가 아닙니다',
  'import.err.noItems': 'List에 items가 없습니다',
  'import.err.itemNotObject': 'items[{index}]가 객체가 아닙니다',
  'import.err.yamlAt': '덤프가 올바른 YAML이 아닙니다({line}행 {col}열): {reason}',
  'import.err.yaml': '덤프가 올바른 YAML이 아닙니다: {reason}',
  'import.err.calicoMixedIpip':
    '일부 노드에만 Calico IP-in-IP 터널 주소(projectcalico.org/IPv4IPIPTunnelAddr)가 있습니다. 랩은 클러스터 전체에 한 가지 캡슐화만 시뮬레이션합니다',
  'import.err.calicoMixedVxlan':
    '일부 노드에만 Calico VXLAN 터널 주소(projectcalico.org/IPv4VXLANTunnelAddr)가 있습니다. 랩은 클러스터 전체에 한 가지 캡슐화만 시뮬레이션합니다',
  'import.err.calicoBgp':
    '노드가 IP-in-IP도 VXLAN도 없이 Calico를 실행합니다(projectcalico.org/IPv4IPIPTunnelAddr, IPv4VXLANTunnelAddr가 없음). 순수 BGP 라우팅은 시뮬레이션하지 않습니다',
  'import.err.flannelBackend':
    'flannel의 {backend} 백엔드(flannel.alpha.coreos.com/backend-type)는 시뮬레이션하지 않습니다. 랩은 flannel의 vxlan 백엔드를 시뮬레이션합니다',
  'import.err.noPodCIDR': '{node} 노드는 {cni}를 쓰지만 spec.podCIDR가 없습니다',
  'import.err.bridgePodCIDR': '하나뿐인 노드 {node}에 bridge가 쓸 spec.podCIDR가 없습니다',
  'import.err.aws':
    '노드가 Calico 없이 AWS에서 실행됩니다(provider ID가 aws://). AWS VPC CNI는 파드에 VPC 서브넷의 주소를 주는데, 랩은 아직 이를 시뮬레이션하지 않습니다(kops가 설치하는 AWS 위의 Calico는 시뮬레이션합니다)',
  'import.err.unknownNetwork':
    '랩이 파드 네트워크를 알아낼 수 없습니다. Calico(projectcalico.org/IPv4IPIPTunnelAddr, IPv4VXLANTunnelAddr)나 flannel(flannel.alpha.coreos.com/backend-type) 어노테이션이 있는 노드가 없고, kindnet 파드도 없으며, provider ID도 gce://나 kind://가 아닙니다. 랩은 Calico, flannel, kindnet, GKE VPC 네이티브, 단일 노드 bridge를 시뮬레이션합니다',
  'import.err.tunnelNotIPv4': '{node} 노드: {key}의 "{value}"는 IPv4 주소가 아닙니다',
  'import.err.podCIDRNotCidr': '{node} 노드: spec.podCIDR "{value}"는 IPv4 CIDR가 아닙니다',
  'import.err.noObjects': '덤프에 객체가 없습니다. `{command}`의 출력을 붙여 넣으세요',
  'import.err.noNodes':
    '덤프에 Node가 없습니다. 랩은 노드로 클러스터를 만듭니다. `{command}`의 출력을 붙여 넣으세요',
  'import.err.podNodeMissing': '{pod} 파드는 {node} 노드에서 실행되는데, 덤프에 그 노드가 없습니다',
  'import.err.badVersion':
    '{node} 노드: status.nodeInfo.kubeletVersion "{value}"는 Kubernetes 버전이 아닙니다',
  'import.err.oldVersion':
    '클러스터가 Kubernetes {version}을 실행합니다. 랩은 v1.19 이후 버전을 시뮬레이션합니다',
  'import.err.noIPv4':
    '{node} 노드에 IPv4 InternalIP가 없습니다. IPv6 클러스터는 시뮬레이션하지 않습니다',
  'import.err.sharedIP':
    '{a} 노드와 {b} 노드가 모두 InternalIP로 {ip}를 보고합니다(--node-ip 없이 실행한 kubelet이 여러 머신이 같이 쓰는 첫 번째 인터페이스의 주소를 등록함). 랩에는 노드마다 주소가 하나씩 필요합니다',
  'import.err.podOutside':
    '{pod} 파드의 주소 {ip}가 {node} 노드의 범위 {ranges} 밖에 있어 랩이 라우팅할 수 없습니다',
  'import.err.podElsewhere':
    '{node} 노드의 {pod} 파드({ip})가 {other} 노드의 파드 범위에도 속합니다',
  'import.err.cannotRead': '클러스터 덤프를 읽을 수 없습니다: {why}',
  'import.err.unreadable': '랩이 덤프를 읽지 못했습니다({reason})',
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

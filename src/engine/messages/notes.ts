// The trace's explanations (each hop's one sentence, ingress-nginx's and the DNS lookups' reasons)
// in English and Korean. A hop carries its message (key and parameters) beside its English `note`,
// which is rendered from this catalog, so the CLI prints exactly the English text and the browser
// renders the same message in the reader's language. Parameters are names, addresses, ports and
// rule text: they are never translated.
import { format, type Catalog, type Language, type Message } from './format.ts';

export const NOTES_EN = {
  'trace.who.client': 'The client',
  'trace.who.pod': 'The pod',
  'trace.who.node': 'The node',
  'trace.send.ping': '{who} sends an ICMP echo request to {dst}.',
  'trace.send.reused':
    'The request rides the connection already open to {target} (keep-alive): no new handshake.',
  'trace.send.open': '{who} opens a {proto} connection to {target}.',
  'trace.send.openNode': '{node} opens a {proto} connection to {target}.',
  'trace.lost.inside':
    "{dst} exists only inside the cluster ({why}); the client's network has no route to it, so the packet is lost.",
  'trace.lost.inside.clusterIP': "a ClusterIP lives in kube-proxy's rules",
  'trace.lost.inside.podIP': 'pod addresses are routed between the nodes',
  'trace.lost.nobody':
    "No machine on the client's network answers for {dst}, so the packet is lost.",
  'trace.lost.recordedBalancer':
    "{dst} is the load-balancer address recorded for {service}, but the imported dump does not say what answers for it (MetalLB's configuration or the cloud's balancer is not in it), so the lab cannot follow the packet; its node port {nodePort} on any node can be traced.",
  'trace.metallb.noSpeaker':
    'No MetalLB speaker may announce {ip} (no eligible node), so nobody answers ARP for it and the packet is never sent.',
  'trace.metallb.arp':
    "MetalLB's speaker on {node} answers ARP for {ip} (layer 2 mode): the whole segment sends this address's traffic to {node}.",
  'trace.bgp.noRoute': 'No node advertises {ip} over BGP, so the router has no route for it.',
  'trace.bgp.route':
    'The router holds one BGP route to {ip} per advertising node and hashes this flow onto {node}.',
  'trace.lb.unhealthy':
    'The health check fails on every node, so the balancer has nowhere to send the packet.',
  'trace.lb.portClosed':
    'The forwarding rule does not include port {port}; the balancer drops the packet.',
  'trace.lb.passthrough':
    'The network load balancer passes the packet unchanged to {node}, a node whose health check passes; the destination is still {ip}.',
  'trace.lb.passthroughLocal':
    'The network load balancer passes the packet unchanged to {node}, a node whose health check (the healthCheckNodePort) passes; the destination is still {ip}.',
  'trace.nlb.drop':
    'No listener or no healthy target for this port: the balancer drops the packet.',
  'trace.nlb.forward':
    "The NLB forwards the packet to {node}:{nodePort} (an instance target), keeping the client's address as the source.",
  'trace.nlb.undnat': 'The NLB restores its own address as the source of the reply.',
  'trace.elb.reject': 'The ELB has no listener on this port or no healthy instance.',
  'trace.elb.proxy':
    "The classic ELB ends the client's connection and opens its own from {proxyIP} to {node}:{nodePort}: from here on the client's address is gone.",
  'trace.elb.reply': "The ELB sends the response to the client on the client's own connection.",
  'trace.tunnel.proxy':
    "minikube tunnel's ssh port-forward carries the connection into {node}, which connects to the ClusterIP {ip}:{port} itself.",
  'trace.tunnel.reply': 'The ssh forward hands the response back to the host.',
  'trace.node.off':
    '{node} is switched off: nothing answers, and the sender waits until it gives up.',
  'trace.dnat.conntrack':
    'The connection already has a conntrack entry on {node}: the packet is rewritten to {dst} from it, without walking the rules again.',
  'trace.dnat.rules':
    "kube-proxy's rules on {node} pick endpoint {endpoint} and rewrite the destination (DNAT).",
  'trace.reject.noEndpoints':
    'The Service has no endpoints, so kube-proxy\'s REJECT rule answers "connection refused".',
  'trace.reject.rule': 'A REJECT rule answers "connection refused".',
  'trace.drop.noLocalEndpoints':
    'No endpoint of this Service runs on {node} and its traffic policy is Local, so kube-proxy drops the packet; the sender waits until it times out.',
  'trace.drop.noLocalEndpointsExternal':
    'No endpoint of this Service runs on {node} and its externalTrafficPolicy is Local, so kube-proxy drops the packet; the client waits until it times out.',
  'trace.drop.rule': 'A DROP rule discards the packet; the sender waits until it times out.',
  'trace.drop.clusterIPNoRule':
    'No rule of kube-proxy matches {what} for {dst}: a ClusterIP is not on any interface, so the packet follows the default route out of the cluster and is lost.',
  'trace.what.icmp': 'an ICMP packet',
  'trace.what.port': 'port {port}',
  'trace.drop.clientNoListener':
    '{client} has nothing listening on port {port}; the lab does not model services on outside machines.',
  'trace.drop.noRoute':
    'No route inside the cluster leads to {dst}; the packet leaves by the default route and is lost.',
  'trace.snat.masquerade':
    'The packet was marked for masquerade, so {node} replaces the source with the address of the interface it leaves by, {egress} (SNAT): the reply must come back through this node.',
  'trace.snat.cni':
    "The packet leaves the pod network, so the CNI's outgoing NAT replaces the pod's address with {node}'s own {ip}.",
  'trace.snat.conntrack':
    'The conntrack entry rewrites the source to {src} as it did for the first packet.',
  'trace.route.otherNode': "{dst} is {node}'s address: the packet goes out on the node network.",
  'trace.route.localPod': '{dst} is a pod on {node} itself.',
  'trace.route.overlay': '{dst} lives on {node}: the route sends it into the overlay.',
  'trace.route.network': '{dst} lives on {node}: the route sends it over the network.',
  'trace.client.echo': '{client} receives the echo request.',
  'trace.client.answers': '{client} answers.',
  'trace.encap.vxlan': '{cni} wraps the packet in VXLAN (UDP {port}) addressed {from} -> {to}.',
  'trace.encap.ipip':
    'Calico wraps the packet in an outer IP header (IP-in-IP) addressed {from} -> {to}.',
  'trace.decap': "{node} unwraps the packet and hands it to the pod's interface.",
  'trace.podNode.off':
    '{node} is switched off, but its address is still in the rules: the packet is lost and the sender times out.',
  'trace.forward.direct':
    "The network delivers the packet to {node}, which holds {dst}'s range, with no encapsulation; {node} hands it to the pod.",
  'trace.noPod': 'No pod holds {dst} any more; the packet is lost and the sender times out.',
  'trace.pod.echo': 'The pod receives the echo request from {src}.',
  'trace.pod.echoReply': 'The pod answers with an echo reply.',
  'trace.pod.noListener':
    'No container in {pod} listens on port {port}: the pod answers with a TCP reset.',
  'trace.pod.loopback':
    'The containers of one pod share its network namespace, so the request stays inside the pod on the loopback interface.',
  'trace.pod.ownAddress':
    'The containers of one pod share its network namespace, so the request stays inside the pod on its own address.',
  'trace.pod.receives': 'The pod receives the request from {src}.',
  'trace.pod.answers': 'The pod answers {seen}.',
  'trace.redis.reply': 'Redis answers the HTTP request with a Redis error line, not HTTP.',
  'trace.nginx.receives': 'nginx in {pod} receives the request from {src}.',
  'trace.nginx.plainOnHttps': 'nginx answers plain HTTP on its HTTPS port with a 400.',
  'trace.nginx.answers': 'nginx answers {client} with HTTP {status}.',
  'trace.nginx.proxy':
    "nginx matches {rule} of Ingress {ingress} and opens its own connection to {upstream}{pod}, an endpoint of {service}, skipping the Service's ClusterIP{rewrite}.",
  'trace.nginx.proxyPod': ' (pod {pod})',
  'trace.nginx.rewrite': '; rewrite-target turns the path {from} into {to}',
  'trace.ingress.noController': '{pod} runs no ingress-nginx controller.',
  'trace.ingress.noRule':
    'No rule of a served Ingress matches host "{host}" and path "{path}": the controller\'s built-in default backend answers 404.',
  'trace.ingress.sslRedirect':
    'Host "{host}" has TLS in its Ingress, so nginx redirects plain HTTP to HTTPS (ssl-redirect is on by default).',
  'trace.ingress.noService':
    "The rule's backend Service {service} does not exist, so its upstream has no endpoints: nginx answers 503.",
  'trace.ingress.noEndpoints':
    'The backend Service {service} has no ready endpoints, so the Lua balancer has no upstream: nginx answers 503.',
  'trace.app.dns': 'The app asks the cluster DNS for {host}: {fqdn} is {ip}.',
  'trace.app.dnsNone': 'The app asks the cluster DNS for {host} and gets no address.',
  'trace.dns.timeout': 'The pod asks {server} for {name} ({type}) and gets no answer.',
  'trace.dns.answer': 'The pod asks {server} for {name} ({type}); CoreDNS answers {answer}.',
  'trace.dns.next':
    'The pod asks {server} for {name} ({type}): {rcode}, so the resolver tries the next name of its search list.',
  'trace.node.echo': '{node} receives the echo request.',
  'trace.node.echoReply': '{node} answers with an echo reply.',
  'trace.node.noListener':
    'Nothing on {node} listens on port {port}: the kernel answers with a TCP reset.',
  'trace.process.receives': '{process} on {node} receives the request from {src}.',
  'trace.process.answers': '{process} answers.',
  'trace.process.healthCheck': "kube-proxy's health check server",
  'trace.process.apiserver': 'kube-apiserver',
  'trace.process.kubelet': 'the kubelet',
  'trace.back.overlay.reply': 'The reply goes back through the overlay to {node}.',
  'trace.back.overlay.reset': 'The reset goes back through the overlay to {node}.',
  'trace.back.decap.reply': '{node} unwraps the reply.',
  'trace.back.decap.reset': '{node} unwraps the reset.',
  'trace.back.network.reply':
    'The reply goes back over the network to {node}, where the connection was translated.',
  'trace.back.network.reset':
    'The reset goes back over the network to {node}, where the connection was translated.',
  'trace.unsnat': 'Conntrack restores {dst} as the destination (un-SNAT).',
  'trace.undnat':
    'Conntrack restores {src} as the source (un-DNAT), so the sender sees the reply come from the address it called.',
  'trace.end.reset': 'The sender receives the reset: "connection refused".',
  'trace.end.echo': 'The echo reply arrives.',
  'trace.end.response': 'The sender receives the response.',
} as const satisfies Catalog;

export type NoteKey = keyof typeof NOTES_EN;

// Korean: 합니다 style. Particles never follow a parameter directly (a name or an address has no
// reading to choose 이/가 by): a noun follows it (노드, 파드, 주소) or an invariant particle (에, 에서).
export const NOTES_KO: Catalog<NoteKey> = {
  'trace.who.client': '클라이언트',
  'trace.who.pod': '파드',
  'trace.who.node': '노드',
  'trace.send.ping': '{who}가 {dst}에 ICMP echo 요청을 보냅니다.',
  'trace.send.reused':
    '요청이 {target}에 이미 열려 있는 연결(keep-alive)을 그대로 탑니다. 새 핸드셰이크는 없습니다.',
  'trace.send.open': '{who}가 {target}에 {proto} 연결을 엽니다.',
  'trace.send.openNode': '{node} 노드가 {target}에 {proto} 연결을 엽니다.',
  'trace.lost.inside':
    '{dst} 주소는 클러스터 안에만 있습니다. {why} 클라이언트의 네트워크에는 이 주소로 가는 경로가 없으므로 패킷은 사라집니다.',
  'trace.lost.inside.clusterIP': 'ClusterIP는 kube-proxy의 규칙 안에만 존재합니다.',
  'trace.lost.inside.podIP': '파드 주소는 노드 사이에서만 라우팅됩니다.',
  'trace.lost.nobody':
    '클라이언트의 네트워크에는 {dst} 주소에 응답하는 장비가 없으므로 패킷은 사라집니다.',
  'trace.lost.recordedBalancer':
    '{dst} 주소는 {service} 서비스에 기록된 로드밸런서 주소이지만, 가져온 덤프에는 누가 이 주소에 응답하는지(MetalLB 설정이나 클라우드 로드밸런서)가 없어 랩이 패킷을 따라갈 수 없습니다. 대신 아무 노드의 노드 포트 {nodePort}로 추적할 수 있습니다.',
  'trace.metallb.noSpeaker':
    '{ip} 주소를 광고할 수 있는 MetalLB speaker가 없습니다(조건에 맞는 노드 없음). 그래서 아무도 이 주소의 ARP에 응답하지 않고 패킷은 전송되지 않습니다.',
  'trace.metallb.arp':
    '{node} 노드의 MetalLB speaker가 {ip} 주소의 ARP에 응답합니다(레이어 2 모드). 그래서 같은 네트워크 구간의 모든 장비가 이 주소로 가는 트래픽을 {node} 노드로 보냅니다.',
  'trace.bgp.noRoute':
    'BGP로 {ip} 주소를 광고하는 노드가 없으므로 라우터에 이 주소로 가는 경로가 없습니다.',
  'trace.bgp.route':
    '라우터는 {ip} 주소로 가는 BGP 경로를 광고하는 노드마다 하나씩 가지고 있으며, 이 흐름을 해시하여 {node} 노드로 보냅니다.',
  'trace.lb.unhealthy':
    '모든 노드에서 헬스 체크가 실패하므로 로드 밸런서에는 패킷을 보낼 곳이 없습니다.',
  'trace.lb.portClosed': '포워딩 규칙에 {port} 포트가 없으므로 로드 밸런서가 패킷을 버립니다.',
  'trace.lb.passthrough':
    '네트워크 로드 밸런서가 헬스 체크를 통과한 {node} 노드로 패킷을 바꾸지 않고 넘깁니다. 목적지는 여전히 {ip} 주소입니다.',
  'trace.lb.passthroughLocal':
    '네트워크 로드 밸런서가 헬스 체크(healthCheckNodePort)를 통과한 {node} 노드로 패킷을 바꾸지 않고 넘깁니다. 목적지는 여전히 {ip} 주소입니다.',
  'trace.nlb.drop':
    '이 포트에 리스너가 없거나 정상인 대상이 없으므로 로드 밸런서가 패킷을 버립니다.',
  'trace.nlb.forward':
    'NLB가 패킷을 {node}:{nodePort}(인스턴스 대상)에 전달합니다. 출발지는 클라이언트의 주소 그대로입니다.',
  'trace.nlb.undnat': 'NLB가 응답의 출발지를 자신의 주소로 되돌립니다.',
  'trace.elb.reject': 'ELB에 이 포트의 리스너가 없거나 정상인 인스턴스가 없습니다.',
  'trace.elb.proxy':
    'Classic ELB가 클라이언트의 연결을 끝내고 {node}:{nodePort}에 자신의 연결을 새로 엽니다(출발지 {proxyIP}). 여기서부터 클라이언트의 주소는 사라집니다.',
  'trace.elb.reply': 'ELB가 클라이언트의 원래 연결로 응답을 보냅니다.',
  'trace.tunnel.proxy':
    'minikube tunnel의 ssh 포트 포워딩이 연결을 {node} 노드 안으로 옮기고, {node} 노드가 직접 ClusterIP {ip}:{port}에 연결합니다.',
  'trace.tunnel.reply': 'ssh 포워딩이 응답을 호스트에 돌려줍니다.',
  'trace.node.off':
    '{node} 노드의 전원이 꺼져 있습니다. 아무도 응답하지 않으므로 송신자는 포기할 때까지 기다립니다.',
  'trace.dnat.conntrack':
    '이 연결은 이미 {node} 노드에 conntrack 항목이 있습니다. 규칙을 다시 거치지 않고 그 항목에 따라 패킷의 목적지를 {dst} 주소로 바꿉니다.',
  'trace.dnat.rules':
    '{node} 노드의 kube-proxy 규칙이 엔드포인트 {endpoint} 주소를 골라 목적지를 바꿉니다(DNAT).',
  'trace.reject.noEndpoints':
    '서비스에 엔드포인트가 없으므로 kube-proxy의 REJECT 규칙이 "connection refused"로 응답합니다.',
  'trace.reject.rule': 'REJECT 규칙이 "connection refused"로 응답합니다.',
  'trace.drop.noLocalEndpoints':
    '{node} 노드에는 이 서비스의 엔드포인트가 없고 트래픽 정책이 Local이므로 kube-proxy가 패킷을 버립니다. 송신자는 타임아웃될 때까지 기다립니다.',
  'trace.drop.noLocalEndpointsExternal':
    '{node} 노드에는 이 서비스의 엔드포인트가 없고 externalTrafficPolicy가 Local이므로 kube-proxy가 패킷을 버립니다. 클라이언트는 타임아웃될 때까지 기다립니다.',
  'trace.drop.rule': 'DROP 규칙이 패킷을 버립니다. 송신자는 타임아웃될 때까지 기다립니다.',
  'trace.drop.clusterIPNoRule':
    '{dst} 주소의 {what}에 맞는 kube-proxy 규칙이 없습니다. ClusterIP는 어떤 인터페이스에도 없으므로 패킷은 기본 경로를 따라 클러스터 밖으로 나가 사라집니다.',
  'trace.what.icmp': 'ICMP 패킷',
  'trace.what.port': '{port} 포트',
  'trace.drop.clientNoListener':
    '{client}에는 {port} 포트에서 듣고 있는 프로그램이 없습니다. 이 실습은 클러스터 밖 장비의 서비스를 모델링하지 않습니다.',
  'trace.drop.noRoute':
    '클러스터 안에는 {dst} 주소로 가는 경로가 없습니다. 패킷은 기본 경로로 나가서 사라집니다.',
  'trace.snat.masquerade':
    '패킷에 masquerade 표시가 있으므로 {node} 노드가 출발지를 패킷이 나가는 인터페이스의 주소({egress})로 바꿉니다(SNAT). 그래서 응답은 반드시 이 노드를 거쳐 돌아와야 합니다.',
  'trace.snat.cni':
    '패킷이 파드 네트워크를 벗어나므로 CNI의 외부 방향 NAT가 파드의 주소를 {node} 노드 자신의 주소({ip})로 바꿉니다.',
  'trace.snat.conntrack': 'conntrack 항목이 첫 패킷 때와 똑같이 출발지를 {src} 주소로 바꿉니다.',
  'trace.route.otherNode':
    '{dst} 주소는 {node} 노드의 주소입니다. 패킷은 노드 네트워크로 나갑니다.',
  'trace.route.localPod': '{dst} 주소는 {node} 노드 자신에 있는 파드입니다.',
  'trace.route.overlay':
    '{dst} 주소는 {node} 노드에 있습니다. 라우팅 경로가 패킷을 오버레이로 보냅니다.',
  'trace.route.network':
    '{dst} 주소는 {node} 노드에 있습니다. 라우팅 경로가 패킷을 네트워크로 바로 보냅니다.',
  'trace.client.echo': '{client}에 echo 요청이 도착합니다.',
  'trace.client.answers': '{client}에서 응답합니다.',
  'trace.encap.vxlan':
    '{cni} CNI가 패킷을 VXLAN(UDP {port})으로 캡슐화합니다. 바깥 헤더의 주소는 {from} -> {to}입니다.',
  'trace.encap.ipip':
    'Calico가 패킷을 바깥 IP 헤더로 한 번 더 감쌉니다(IP-in-IP). 바깥 헤더의 주소는 {from} -> {to}입니다.',
  'trace.decap': '{node} 노드가 캡슐을 벗기고 패킷을 파드의 인터페이스에 넘깁니다.',
  'trace.podNode.off':
    '{node} 노드는 전원이 꺼졌지만 그 주소는 아직 규칙에 남아 있습니다. 패킷은 사라지고 송신자는 타임아웃됩니다.',
  'trace.forward.direct':
    '네트워크가 캡슐화 없이 {dst} 주소의 대역을 가진 {node} 노드로 패킷을 전달하고, {node} 노드가 이를 파드에 넘깁니다.',
  'trace.noPod': '이제 {dst} 주소를 가진 파드가 없습니다. 패킷은 사라지고 송신자는 타임아웃됩니다.',
  'trace.pod.echo': '파드가 {src}에서 온 echo 요청을 받습니다.',
  'trace.pod.echoReply': '파드가 echo reply로 응답합니다.',
  'trace.pod.noListener':
    '{pod} 파드에는 {port} 포트에서 듣고 있는 컨테이너가 없으므로 파드가 TCP reset으로 응답합니다.',
  'trace.pod.loopback':
    '한 파드의 컨테이너들은 네트워크 네임스페이스를 공유하므로 요청은 루프백 인터페이스를 통해 파드 안에 머뭅니다.',
  'trace.pod.ownAddress':
    '한 파드의 컨테이너들은 네트워크 네임스페이스를 공유하므로 요청은 파드 자신의 주소를 통해 파드 안에 머뭅니다.',
  'trace.pod.receives': '파드가 {src}에서 온 요청을 받습니다.',
  'trace.pod.answers': '파드가 {seen}에 응답합니다.',
  'trace.redis.reply': 'Redis는 HTTP 요청에 HTTP가 아닌 Redis 오류 한 줄로 응답합니다.',
  'trace.nginx.receives': '{pod} 파드의 nginx가 {src}에서 온 요청을 받습니다.',
  'trace.nginx.plainOnHttps': 'nginx가 HTTPS 포트로 들어온 평문 HTTP 요청에 400으로 응답합니다.',
  'trace.nginx.answers': 'nginx가 {client}에 HTTP {status} 응답을 보냅니다.',
  'trace.nginx.proxy':
    'nginx가 Ingress {ingress}의 {rule} 규칙을 적용하고, {service}의 엔드포인트인 {upstream}{pod}에 직접 새 연결을 엽니다. 서비스의 ClusterIP는 거치지 않습니다{rewrite}.',
  'trace.nginx.proxyPod': ' ({pod} 파드)',
  'trace.nginx.rewrite': '. rewrite-target이 경로를 바꿉니다: {from} -> {to}',
  'trace.ingress.noController': '{pod} 파드에서는 ingress-nginx 컨트롤러가 실행되고 있지 않습니다.',
  'trace.ingress.noRule':
    '호스트 "{host}", 경로 "{path}"에 맞는 Ingress 규칙이 없으므로 컨트롤러에 내장된 기본 백엔드가 404로 응답합니다.',
  'trace.ingress.sslRedirect':
    '호스트 "{host}"의 Ingress에 TLS가 설정되어 있으므로 nginx가 평문 HTTP를 HTTPS로 리다이렉트합니다(ssl-redirect는 기본으로 켜져 있습니다).',
  'trace.ingress.noService':
    '규칙의 백엔드인 {service} 서비스가 없으므로 업스트림에 엔드포인트가 없습니다. nginx가 503으로 응답합니다.',
  'trace.ingress.noEndpoints':
    '백엔드인 {service} 서비스에 준비된 엔드포인트가 없으므로 Lua 밸런서에 업스트림이 없습니다. nginx가 503으로 응답합니다.',
  'trace.app.dns': '앱이 클러스터 DNS에 {host} 이름을 묻습니다. {fqdn}의 주소는 {ip}입니다.',
  'trace.app.dnsNone': '앱이 클러스터 DNS에 {host} 이름을 묻지만 주소를 받지 못합니다.',
  'trace.dns.timeout': '파드가 {server}에 {name} ({type}) 레코드를 묻지만 응답을 받지 못합니다.',
  'trace.dns.answer':
    '파드가 {server}에 {name} ({type}) 레코드를 묻습니다. CoreDNS의 답은 {answer}입니다.',
  'trace.dns.next':
    '파드가 {server}에 {name} ({type}) 레코드를 묻고 {rcode} 응답을 받습니다. 그래서 리졸버는 search 목록의 다음 이름을 시도합니다.',
  'trace.node.echo': '{node} 노드가 echo 요청을 받습니다.',
  'trace.node.echoReply': '{node} 노드가 echo reply로 응답합니다.',
  'trace.node.noListener':
    '{node} 노드에는 {port} 포트에서 듣고 있는 프로그램이 없으므로 커널이 TCP reset으로 응답합니다.',
  'trace.process.receives': '{node} 노드의 {process}에 {src}에서 온 요청이 도착합니다.',
  'trace.process.answers': '{process}에서 응답합니다.',
  'trace.process.healthCheck': 'kube-proxy의 헬스 체크 서버',
  'trace.process.apiserver': 'kube-apiserver',
  'trace.process.kubelet': 'kubelet',
  'trace.back.overlay.reply': '응답이 오버레이를 거쳐 {node} 노드로 돌아갑니다.',
  'trace.back.overlay.reset': 'TCP reset이 오버레이를 거쳐 {node} 노드로 돌아갑니다.',
  'trace.back.decap.reply': '{node} 노드가 응답의 캡슐을 벗깁니다.',
  'trace.back.decap.reset': '{node} 노드가 TCP reset의 캡슐을 벗깁니다.',
  'trace.back.network.reply': '응답이 네트워크를 거쳐 연결이 변환되었던 {node} 노드로 돌아갑니다.',
  'trace.back.network.reset':
    'TCP reset이 네트워크를 거쳐 연결이 변환되었던 {node} 노드로 돌아갑니다.',
  'trace.unsnat': 'conntrack이 목적지를 {dst} 주소로 되돌립니다(un-SNAT).',
  'trace.undnat':
    'conntrack이 출발지를 {src} 주소로 되돌립니다(un-DNAT). 그래서 송신자는 자신이 호출한 주소에서 응답이 온 것으로 봅니다.',
  'trace.end.reset': '송신자가 TCP reset을 받습니다: "connection refused".',
  'trace.end.echo': 'echo reply가 도착합니다.',
  'trace.end.response': '송신자가 응답을 받습니다.',
};

export const NOTES: Readonly<Record<Language, Catalog<NoteKey>>> = { en: NOTES_EN, ko: NOTES_KO };

/** A trace explanation: a key of the note catalog and its parameters (nested ones are notes too). */
export interface NoteMessage extends Message<NoteKey> {
  readonly params?: Readonly<Record<string, string | number | NoteMessage>>;
}

/** Builds a note message. */
export function note(
  key: NoteKey,
  params?: Readonly<Record<string, string | number | NoteMessage>>,
): NoteMessage {
  return params ? { key, params } : { key };
}

/** A note in one language. */
export function noteText(message: NoteMessage, language: Language = 'en'): string {
  const catalog: Readonly<Record<string, string>> = NOTES[language];
  return format((k) => catalog[k], message);
}

// Whether the kubelet can parse a container's image as a reference (distribution/reference's
// ParseNormalizedNamed, called by the kubelet's applyDefaultImageTag before any pull). The API
// server does not check image names; a pod with an unparsable one is scheduled and then waits
// with reason InvalidImageName while the kubelet reports InspectFailed.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;

/** splitDockerDomain: the registry part, or docker.io (with library/ for official images). */
function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  const first = name.slice(0, i);
  let [domain, remainder] =
    i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)
      ? ['docker.io', name]
      : [first, name.slice(i + 1)];
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return [domain, remainder];
}

/** reference.Parse's error for a full reference. */
function parseProblem(s: string): string | null {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') return 'repository name must have at least one component';
    if (REFERENCE.test(s.toLowerCase()))
      return 'invalid reference format: repository name must be lowercase';
    return 'invalid reference format';
  }
  if (m[1]!.length > 255) return 'repository name must not be more than 255 characters';
  return null;
}

/**
 * The kubelet's message for an image it cannot parse (the InspectFailed event and the
 * InvalidImageName waiting message), or null when the image is a valid reference. The wording is
 * the kubelet's of the cluster's release: from v1.29 (distribution/reference v0.5) "image name"
 * and the lowercase error naming the repository; before, "image reference".
 */
export function invalidImageMessage(image: string, minor: number): string | null {
  let problem: string | null;
  if (IDENTIFIER.test(image)) {
    problem = `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings`;
  } else {
    const [domain, remainder] = splitDomain(image);
    const tagAt = remainder.indexOf(':');
    const remote = tagAt > -1 ? remainder.slice(0, tagAt) : remainder;
    if (remote.toLowerCase() !== remote) {
      problem =
        minor >= 29
          ? `invalid reference format: repository name (${remote}) must be lowercase`
          : 'invalid reference format: repository name must be lowercase';
    } else {
      problem = parseProblem(`${domain}/${remainder}`);
    }
  }
  if (problem === null) return null;
  const what = minor >= 29 ? 'image name' : 'image reference';
  return `Failed to apply default image tag "${image}": couldn't parse ${what} "${image}": ${problem}`;
}

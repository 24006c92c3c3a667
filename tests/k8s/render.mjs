// A small kustomize for the features k8s/ uses — resources (files and kustomization folders), labels (pairs, metadata
// only), namespace, and JSON 6902 patches with a kind/name target — so the manifests can be checked where no kubectl
// is installed. Where kubectl is installed, manifests.test.mjs checks this renderer against `kubectl kustomize`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const supported = new Set(['apiVersion', 'kind', 'resources', 'labels', 'namespace', 'patches']);
const clusterScoped = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass']);

export function render(directory) {
  const kustomization = YAML.parse(readFileSync(join(directory, 'kustomization.yaml'), 'utf8'));
  for (const key of Object.keys(kustomization)) {
    if (!supported.has(key)) throw new Error(`${directory}: kustomization field '${key}' is not supported by render.mjs`);
  }

  const objects = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(directory, resource);
    if (existsSync(join(path, 'kustomization.yaml'))) {
      objects.push(...render(path));
    } else {
      objects.push(...YAML.parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJSON()).filter((o) => o));
    }
  }

  for (const patch of kustomization.patches ?? []) {
    const operations = YAML.parse(patch.patch ?? readFileSync(join(directory, patch.path), 'utf8'));
    const targets = objects.filter((o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name);
    if (targets.length === 0) throw new Error(`${directory}: patch target ${patch.target.kind}/${patch.target.name} not found`);
    for (const target of targets) operations.forEach((operation) => apply(target, operation));
  }

  for (const label of kustomization.labels ?? []) {
    if (label.includeSelectors || label.includeTemplates) throw new Error('labels with includeSelectors/includeTemplates are not supported');
    for (const object of objects) object.metadata.labels = { ...(object.metadata.labels ?? {}), ...label.pairs };
  }

  if (kustomization.namespace) {
    for (const object of objects) {
      if (!clusterScoped.has(object.kind)) object.metadata.namespace = kustomization.namespace;
      for (const subject of object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding' ? object.subjects ?? [] : []) {
        if (subject.kind === 'ServiceAccount') subject.namespace = kustomization.namespace;
      }
    }
  }

  return objects;
}

function apply(object, { op, path, value }) {
  const keys = path.split('/').slice(1).map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = keys.pop();
  let parent = object;
  for (const key of keys) {
    parent = parent[Array.isArray(parent) ? Number(key) : key];
    if (parent === undefined) throw new Error(`patch path ${path} does not exist`);
  }

  if (op === 'add') {
    if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, value);
    else parent[last] = value;
  } else if (op === 'replace') {
    if (!(Array.isArray(parent) ? Number(last) < parent.length : last in parent)) throw new Error(`replace: ${path} does not exist`);
    parent[Array.isArray(parent) ? Number(last) : last] = value;
  } else if (op === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (last in parent) delete parent[last];
    else throw new Error(`remove: ${path} does not exist`);
  } else {
    throw new Error(`patch operation ${op} is not supported`);
  }
}

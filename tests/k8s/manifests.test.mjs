// k8s/ rendered (base, dev, perf), every object validated against the Kubernetes (and Prometheus Operator) schemas, and
// the manifests checked against the silo's own options, passed in by the C# test as SGGRID_SILO_EXPECTATIONS: ports,
// probe and metrics paths, environment variable names and values, the labels and variables Orleans' Kubernetes hosting
// requires, and the references between objects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import { render } from './render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'k8s');
const expected = JSON.parse(process.env.SGGRID_SILO_EXPECTATIONS ?? 'null');
assert.ok(expected, 'SGGRID_SILO_EXPECTATIONS is not set: run this suite through the README test command (dotnet test).');

// What Orleans' Kubernetes hosting requires of a silo pod (Microsoft.Orleans.Hosting.Kubernetes documentation).
const orleansLabels = ['orleans/serviceId', 'orleans/clusterId'];
const orleansVariables = {
  POD_NAME: 'metadata.name',
  POD_NAMESPACE: 'metadata.namespace',
  POD_IP: 'status.podIP',
  ORLEANS_SERVICE_ID: "metadata.labels['orleans/serviceId']",
  ORLEANS_CLUSTER_ID: "metadata.labels['orleans/clusterId']",
};

const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const key = (o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const sorted = (objects) => [...objects].sort((a, b) => key(a).localeCompare(key(b)));

async function modelOf(object) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const module = group === 'monitoring.coreos.com'
    ? await import(`@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}`)
    : await import(group === '' ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`);
  const Model = module[object.kind];
  assert.ok(Model, `no schema for ${object.apiVersion} ${object.kind}`);
  return Model;
}

function selects(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

for (const target of ['base', 'overlays/dev', 'overlays/perf']) {
  describe(`k8s/${target}`, () => {
    const objects = render(join(root, target));
    const find = (kind, name) => objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
    const deployment = find('Deployment', 'sggrid-silo');
    const pod = deployment.spec.template;
    const container = pod.spec.containers.find((c) => c.name === 'silo');
    const env = Object.fromEntries(container.env.map((e) => [e.name, e]));
    const port = (name) => container.ports.find((p) => p.name === name)?.containerPort;

    it('renders as kubectl kustomize does (when kubectl is installed)', { skip: !kubectl && 'kubectl is not installed; render.mjs alone is used' }, () => {
      const theirs = YAML.parseAllDocuments(execFileSync('kubectl', ['kustomize', join(root, target)]).toString()).map((d) => d.toJSON());
      assert.deepStrictEqual(sorted(objects), sorted(theirs));
    });

    it('every object is valid against its schema', async () => {
      for (const object of objects) {
        const Model = await modelOf(object);
        assert.doesNotThrow(() => new Model(object).validate(), `${key(object)} is invalid`);
      }
    });

    it('the silo pod carries what Orleans Kubernetes hosting requires', () => {
      for (const label of orleansLabels) assert.ok(pod.metadata.labels[label], `pod label ${label}`);
      for (const [name, fieldPath] of Object.entries(orleansVariables)) {
        assert.equal(env[name]?.valueFrom?.fieldRef?.fieldPath, fieldPath, `env ${name}`);
      }
      assert.equal(env.SgGrid__Silo__Clustering.value, 'Kubernetes');
    });

    it('the service account may watch the silo pods', () => {
      const binding = find('RoleBinding', 'sggrid-silo');
      const role = find('Role', binding.roleRef.name);
      assert.equal(pod.spec.serviceAccountName, binding.subjects[0].name);
      assert.ok(find('ServiceAccount', pod.spec.serviceAccountName));
      const pods = role.rules.find((r) => r.resources.includes('pods'));
      for (const verb of ['get', 'list', 'watch']) assert.ok(pods.verbs.includes(verb), `pods ${verb}`);
    });

    it('ports and probe paths are the silo\'s', () => {
      assert.equal(port('silo'), expected.defaults.SiloPort);
      assert.equal(port('gateway'), expected.defaults.GatewayPort);
      assert.equal(Number(env.SgGrid__Silo__SiloPort.value), port('silo'));
      assert.equal(Number(env.SgGrid__Silo__GatewayPort.value), port('gateway'));
      const urls = new URL(env.ASPNETCORE_URLS.value);
      assert.equal(urls.hostname, '0.0.0.0', 'the endpoint must listen beyond loopback inside a pod');
      assert.equal(Number(urls.port), port('http'));
      assert.equal(container.livenessProbe.httpGet.path, expected.livenessPath);
      assert.equal(container.readinessProbe.httpGet.path, expected.readinessPath);
      assert.equal(container.startupProbe.httpGet.path, expected.readinessPath);
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        assert.ok(container.ports.some((p) => p.name === probe.httpGet.port), `probe port ${probe.httpGet.port}`);
      }
    });

    it('every SgGrid variable names an option of the silo, with a valid value', () => {
      for (const { name, value } of container.env.filter((e) => e.name.startsWith('SgGrid__'))) {
        const parts = name.split('__');
        const section = `${parts[0]}:${parts[1]}`;
        const property = section === 'SgGrid:Tenants' ? parts[3] : parts[2];
        const properties = expected.sections[section];
        assert.ok(properties, `${name}: unknown section ${section}`);
        assert.ok(properties.includes(property), `${name}: ${section} has no option ${property}`);
        const allowed = expected.enums[`${section}:${property}`];
        if (allowed && value !== undefined) assert.ok(allowed.includes(value), `${name}=${value}: expected one of ${allowed}`);
      }
    });

    it('services, budgets, monitors and autoscalers point at the silo pods', () => {
      for (const service of objects.filter((o) => o.kind === 'Service' && selects(o.spec.selector, deployment.spec.selector.matchLabels))) {
        for (const p of service.spec.ports) assert.ok(container.ports.some((c) => c.name === p.targetPort), `${service.metadata.name}: target port ${p.targetPort}`);
      }
      assert.ok(selects(deployment.spec.selector.matchLabels, pod.metadata.labels));
      assert.ok(selects(find('PodDisruptionBudget').spec.selector.matchLabels, pod.metadata.labels));
      const api = find('Service', 'sggrid-api');
      assert.ok(selects(api.spec.selector, pod.metadata.labels));
      assert.equal(find('Service', 'sggrid-silo').spec.clusterIP, 'None');
      const monitor = find('ServiceMonitor');
      assert.ok(selects(monitor.spec.selector.matchLabels, api.metadata.labels));
      for (const endpoint of monitor.spec.endpoints) {
        assert.equal(endpoint.path, expected.metricsPath);
        assert.ok(api.spec.ports.some((p) => p.name === endpoint.port));
      }
      const hpa = find('HorizontalPodAutoscaler');
      if (hpa) {
        assert.equal(hpa.spec.scaleTargetRef.name, deployment.metadata.name);
        assert.ok(hpa.spec.minReplicas >= 1 && hpa.spec.minReplicas <= hpa.spec.maxReplicas);
        assert.ok(container.resources.requests.cpu, 'CPU requests are needed for CPU utilization targets');
      }
    });

    it('runs as a non-root user with limits', () => {
      assert.equal(pod.spec.securityContext.runAsNonRoot, true);
      assert.equal(container.securityContext.allowPrivilegeEscalation, false);
      assert.ok(container.resources.limits.memory && container.resources.requests.memory);
    });

    it('secrets the silo reads exist where the overlay provides them', { skip: target !== 'overlays/dev' && 'only the dev overlay ships secrets' }, () => {
      const secret = find('Secret', env.SgGrid__Silo__AzureTableConnectionString.valueFrom.secretKeyRef.name);
      assert.ok(secret.stringData[env.SgGrid__Silo__AzureTableConnectionString.valueFrom.secretKeyRef.key]);
      const tenants = find('Secret', container.envFrom[0].secretRef.name);
      for (const name of Object.keys(tenants.stringData)) {
        const property = name.split('__')[3];
        assert.ok(expected.sections['SgGrid:Tenants'].includes(property), `${name}`);
      }
      assert.equal(env.SgGrid__Silo__Dashboard?.value, 'true');
    });
  });
}

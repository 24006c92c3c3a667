using SgGrid.Domain.Validation;

namespace SgGrid.LoadTests.Regions;

/// <summary>A group of the synthetic region: id, tenant, VPC, and the ingress/egress rules the harness authorized.</summary>
internal sealed record RegionGroup(string Id, int Tenant, string VpcId, PermissionRequest[] Ingress, PermissionRequest[] Egress);

using System.Globalization;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Domain.Snapshots.Generation;

/// <summary>ENIs, instances and attachments.</summary>
public sealed partial class RegionSnapshotGenerator
{
    private (List<SnapshotNetworkInterface> NetworkInterfaces, List<SnapshotInstance> Instances) NetworkInterfaces(
        string vpcId, List<SnapshotVSwitch> vSwitches, List<GeneratedGroup> groups)
    {
        var tiered = groups.Where(g => g.Tier >= 0).ToList();
        var shared = groups.Where(g => g.Tier < 0).ToList();
        var enis = new List<SnapshotNetworkInterface>(_shape.NetworkInterfaces);
        var instances = new List<(SnapshotInstance Instance, List<string> Secondaries)>();
        var lastInstanceOn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < _shape.NetworkInterfaces; n++)
        {
            var vSwitch = vSwitches[n / _shape.NetworkInterfacesPerVSwitch];
            var block = IpCidr.Parse(vSwitch.CidrBlock!);
            var address = new NetworkAddress(block.First + 1 + (UInt128)(uint)(n % _shape.NetworkInterfacesPerVSwitch), IpFamily.IPv4);
            var id = ResourceIds.NewNetworkInterfaceId(_random);
            var memberships = MemberGroups(tiered, shared, n < _shape.LargeGroupMembers);
            var created = NextTime();
            string? instanceId = null;
            var primary = _random.NextDouble() < _shape.InstanceShare;
            if (primary)
            {
                instanceId = ResourceIds.NewInstanceId(_random);
                lastInstanceOn[vSwitch.VSwitchId!] = instances.Count;
                instances.Add((new SnapshotInstance
                {
                    InstanceId = instanceId,
                    InstanceName = $"vm-{n:D6}",
                    HostName = $"host-{n:D6}",
                    Description = "",
                    ZoneId = vSwitch.ZoneId,
                    InstanceType = "ecs.g7.large",
                    ImageId = "aliyun_3_x64_20G_alibase_20240528.vhd",
                    CreationTime = created[..^4] + "Z",
                    ResourceGroupId = "",
                    VpcAttributes = new SnapshotVpcAttributes { VpcId = vpcId, VSwitchId = vSwitch.VSwitchId },
                    Tags = Tags(("app", memberships[0].Group.SecurityGroupName!)),
                }, [id]));
            }
            else if (_random.NextDouble() < _shape.AttachedShare && lastInstanceOn.TryGetValue(vSwitch.VSwitchId!, out var host) && instances[host].Secondaries.Count == 1)
            {
                instanceId = instances[host].Instance.InstanceId;
                instances[host].Secondaries.Add(id);
            }

            enis.Add(new SnapshotNetworkInterface
            {
                NetworkInterfaceId = id,
                NetworkInterfaceName = primary ? "" : $"eni-{n:D6}",
                Description = "",
                Type = primary ? "Primary" : "Secondary",
                InstanceId = instanceId,
                VpcId = vpcId,
                VSwitchId = vSwitch.VSwitchId,
                ZoneId = vSwitch.ZoneId,
                PrivateIpAddress = address.ToString(),
                MacAddress = string.Create(CultureInfo.InvariantCulture, $"00:16:3e:{(n >> 16) & 0xff:x2}:{(n >> 8) & 0xff:x2}:{n & 0xff:x2}"),
                CreationTime = created,
                DeleteOnRelease = primary,
                ResourceGroupId = "",
                SecurityGroupIds = new("SecurityGroupId", [.. memberships.Select(g => g.Group.SecurityGroupId!)]),
                PrivateIpSets = new("PrivateIpSet", [new SnapshotPrivateIp { PrivateIpAddress = address.ToString(), Primary = true }]),
                Attachment = !primary && instanceId is not null ? new SnapshotAttachment { InstanceId = instanceId } : null,
                Tags = Tags(),
            });
        }

        return (enis, [.. instances.Select(i => i.Instance with
        {
            NetworkInterfaces = new("NetworkInterface", [.. i.Secondaries.Select((eni, k) => new SnapshotInstanceNetworkInterface { NetworkInterfaceId = eni, Type = k == 0 ? "Primary" : "Secondary" })]),
        })]);
    }

    /// <summary>1-5 distinct groups: a tier group first, then (often) a shared group, then others.</summary>
    private List<GeneratedGroup> MemberGroups(List<GeneratedGroup> tiered, List<GeneratedGroup> shared, bool inLargeGroup)
    {
        var all = tiered.Count > 0 ? tiered : shared;
        var count = Math.Min(Pick(_shape.GroupsPerNetworkInterface), tiered.Count + shared.Count);
        var result = new List<GeneratedGroup> { all[_random.Next(all.Count)] };
        if (inLargeGroup && shared.Count > 0 && !result.Contains(shared[0]))
        {
            result.Add(shared[0]);
        }

        if (count > 1 && shared.Count > 0 && _random.Next(4) != 0)
        {
            var group = shared[_random.Next(shared.Count)];
            if (!result.Contains(group))
            {
                result.Add(group);
            }
        }

        for (var attempts = 0; result.Count < count && attempts < 20; attempts++)
        {
            var group = tiered.Count > 0 && _random.Next(3) != 0 ? tiered[_random.Next(tiered.Count)] : all[_random.Next(all.Count)];
            if (!result.Contains(group))
            {
                result.Add(group);
            }
        }

        return result;
    }
}

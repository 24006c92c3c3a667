using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Networks;
using SgGrid.Domain.Snapshots.Plans;

namespace SgGrid.Domain.Snapshots.Validation;

/// <summary>VPCs and vSwitches.</summary>
internal sealed partial class SnapshotCheck
{
    private readonly Dictionary<string, PlannedVpc> _vpcs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlannedVSwitch> _vSwitches = new(StringComparer.Ordinal);

    private void CheckVpcs()
    {
        foreach (var (vpc, path) in Items("DescribeVpcs", snapshot.DescribeVpcs, "Vpcs", a => a.Vpcs))
        {
            if (Id(vpc.VpcId, ResourceIds.VpcPrefix, $"{path}.VpcId") is not { } id || !IsFirst(_vpcs, id, $"{path}.VpcId"))
            {
                continue;
            }

            var cidr = Cidr(vpc.CidrBlock, $"{path}.CidrBlock");
            if (cidr is { } block && NetworkCidrRules.CheckVpcCidr(block) is { } cidrError)
            {
                Problem($"{path}.CidrBlock", cidrError);
            }

            IpCidr? ipv6 = null;
            if (!string.IsNullOrEmpty(vpc.Ipv6CidrBlock))
            {
                ipv6 = Cidr(vpc.Ipv6CidrBlock, $"{path}.Ipv6CidrBlock");
                if (ipv6 is { } v6 && Ipv6Blocks.VpcBlockNumber(v6) is null)
                {
                    Problem($"{path}.Ipv6CidrBlock", EcsErrorCodes.InvalidCidrBlock, $"SgGrid's VPCs take IPv6 /{Ipv6Blocks.VpcPrefixLength} blocks of {Ipv6Blocks.VpcPool}.");
                    ipv6 = null;
                }
            }

            if (cidr is not { } vpcCidr)
            {
                continue;
            }

            _vpcs[id] = new PlannedVpc(
                id,
                vpcCidr,
                Name(vpc.VpcName, $"{path}.VpcName"),
                Description(vpc.Description, $"{path}.Description"),
                vpc.ResourceGroupId ?? "",
                Tags(vpc.Tags, path),
                Time(vpc.CreationTime, $"{path}.CreationTime"),
                ipv6);
        }
    }

    private void CheckVSwitches()
    {
        var siblings = new Dictionary<string, List<KeyValuePair<string, IpCidr>>>(StringComparer.Ordinal);
        var ipv6Indexes = new HashSet<(string VpcId, int Index)>();
        foreach (var (vSwitch, path) in Items("DescribeVSwitches", snapshot.DescribeVSwitches, "VSwitches", a => a.VSwitches))
        {
            if (Id(vSwitch.VSwitchId, ResourceIds.VSwitchPrefix, $"{path}.VSwitchId") is not { } id || !IsFirst(_vSwitches, id, $"{path}.VSwitchId"))
            {
                continue;
            }

            var vpc = Vpc(vSwitch.VpcId, $"{path}.VpcId");
            // A vSwitch in an unknown zone is still planned (the problem is recorded), so its ENIs are not reported again.
            var zone = Zone(vSwitch.ZoneId, $"{path}.ZoneId") ?? vSwitch.ZoneId ?? "";
            var cidr = Cidr(vSwitch.CidrBlock, $"{path}.CidrBlock");
            if (vpc is null || cidr is not { } block)
            {
                continue;
            }

            var mine = siblings.TryGetValue(vpc.VpcId, out var list) ? list : siblings[vpc.VpcId] = [];
            if (NetworkCidrRules.CheckVSwitchInVpc(block, vpc.CidrBlock, mine) is { } cidrError)
            {
                Problem($"{path}.CidrBlock", cidrError);
                continue;
            }

            mine.Add(new(id, block));
            int? ipv6Index = null;
            if (!string.IsNullOrEmpty(vSwitch.Ipv6CidrBlock))
            {
                ipv6Index = Ipv6Index(vSwitch.Ipv6CidrBlock, vpc, $"{path}.Ipv6CidrBlock");
                if (ipv6Index is { } index && !ipv6Indexes.Add((vpc.VpcId, index)))
                {
                    Problem($"{path}.Ipv6CidrBlock", EcsErrorCodes.Ipv6CidrBlockOverlapped, "Another vSwitch of the VPC has this IPv6 block.");
                }
            }

            _vSwitches[id] = new PlannedVSwitch(
                id,
                vpc.VpcId,
                zone,
                block,
                Name(vSwitch.VSwitchName, $"{path}.VSwitchName"),
                Description(vSwitch.Description, $"{path}.Description"),
                vSwitch.ResourceGroupId ?? "",
                Tags(vSwitch.Tags, path),
                Time(vSwitch.CreationTime, $"{path}.CreationTime"),
                ipv6Index);
        }
    }

    /// <summary>The index of a vSwitch's /64 inside its VPC's /56.</summary>
    private int? Ipv6Index(string text, PlannedVpc vpc, string path)
    {
        if (Cidr(text, path) is not { } block)
        {
            return null;
        }

        if (vpc.Ipv6CidrBlock is not { } vpcBlock)
        {
            Problem(path, EcsErrorCodes.Ipv6CidrBlockIllegal, "The vSwitch has an IPv6 block but its VPC has none.");
            return null;
        }

        if (block.Family != IpFamily.IPv6 || block.PrefixLength != Ipv6Blocks.VSwitchPrefixLength || !vpcBlock.Contains(block))
        {
            Problem(path, EcsErrorCodes.Ipv6CidrBlockIllegal, $"A vSwitch's IPv6 block is a /{Ipv6Blocks.VSwitchPrefixLength} of its VPC's {vpcBlock}.");
            return null;
        }

        return (int)((block.First - vpcBlock.First) >> (128 - Ipv6Blocks.VSwitchPrefixLength));
    }

    private IpCidr? Cidr(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            Problem(path, EcsErrorCodes.MissingParameter, "The CIDR block is missing.");
            return null;
        }

        if (!IpCidr.TryParse(text, out var cidr) || cidr.ToString() != text.Trim())
        {
            Problem(path, EcsErrorCodes.InvalidCidrBlock, $"'{text}' is not a CIDR block (address bits beyond the mask must be zero).");
            return null;
        }

        return cidr;
    }

    private string? Zone(string? zoneId, string path)
    {
        if (string.IsNullOrEmpty(zoneId) || !context.ZoneIds.Contains(zoneId))
        {
            Problem(path, EcsErrorCodes.ZoneNotFound, $"The zone '{zoneId}' is not a zone of {context.RegionId}.");
            return null;
        }

        return zoneId;
    }

    /// <summary>The planned VPC <paramref name="vpcId"/> names, or a problem.</summary>
    private PlannedVpc? Vpc(string? vpcId, string path)
    {
        if (Id(vpcId, ResourceIds.VpcPrefix, path) is not { } id)
        {
            return null;
        }

        if (!_vpcs.TryGetValue(id, out var vpc))
        {
            Problem(path, EcsErrorCodes.VpcNotFound, $"The VPC {id} is not in the snapshot's DescribeVpcs.");
        }

        return vpc;
    }

    private PlannedVSwitch? VSwitch(string? vSwitchId, string path)
    {
        if (Id(vSwitchId, ResourceIds.VSwitchPrefix, path) is not { } id)
        {
            return null;
        }

        if (!_vSwitches.TryGetValue(id, out var vSwitch))
        {
            Problem(path, EcsErrorCodes.VSwitchNotFound, $"The vSwitch {id} is not in the snapshot's DescribeVSwitches.");
        }

        return vSwitch;
    }
}

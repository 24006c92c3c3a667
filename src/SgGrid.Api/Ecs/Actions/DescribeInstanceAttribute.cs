using System.Diagnostics.CodeAnalysis;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Resources;
using SgGrid.Api.Ecs.Responses;
using SgGrid.Grains.Abstractions.Instances;

namespace SgGrid.Api.Ecs.Actions;

/// <summary>
/// DescribeInstanceAttribute: one instance (found by its id alone, like DeleteInstance) as
/// <c>DescribeInstanceAttributeResponseBody</c> names its fields: status, name, groups, VPC attributes.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named exactly as the ECS action.")]
public sealed class DescribeInstanceAttribute : IRpcAction
{
    public string Name => nameof(DescribeInstanceAttribute);

    public string Version => ApiVersions.Ecs;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var instanceId = reader.Required("InstanceId", TenantRegion.MaxIdLength);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (await InstanceLocator.FindAsync(context, instanceId) is not (_, { } instance))
        {
            return InstanceApiErrors.InstanceNotFound();
        }

        return RpcResult.Ok(Describe(instance));
    }

    private static Response Describe(InstanceInfo instance) => new()
    {
        InstanceId = instance.InstanceId,
        InstanceName = instance.Name,
        HostName = instance.HostName,
        Description = instance.Description,
        RegionId = instance.Owner.RegionId,
        ZoneId = instance.ZoneId,
        Status = instance.Status,
        InstanceType = instance.InstanceType,
        ImageId = instance.ImageId,
        CreationTime = EcsTime.FormatMinutes(instance.CreationTime),
        InstanceNetworkType = "vpc",
        InstanceChargeType = "PostPaid",
        InternetChargeType = "PayByTraffic",
        IoOptimized = "optimized",
        SecurityGroupIds = new SecurityGroupIdSet(instance.SecurityGroupIds),
        VpcAttributes = new VpcAttributesInfo(instance.VpcId, instance.VSwitchId, new IpAddressList([.. instance.PrivateIpAddresses.Select(a => a.ToString())])),
        PublicIpAddress = new IpAddressList([]),
        InnerIpAddress = new IpAddressList([]),
        OperationLocks = new OperationLockList([]),
    };

    /// <summary>The SDK's <c>DescribeInstanceAttributeResponseBody</c> (without RequestId).</summary>
    public sealed record Response
    {
        public required string InstanceId { get; init; }
        public required string InstanceName { get; init; }
        public required string HostName { get; init; }
        public required string Description { get; init; }
        public required string RegionId { get; init; }
        public required string ZoneId { get; init; }
        public required string Status { get; init; }
        public required string InstanceType { get; init; }
        public required string ImageId { get; init; }
        public required string CreationTime { get; init; }
        public required string InstanceNetworkType { get; init; }
        public required string InstanceChargeType { get; init; }
        public required string InternetChargeType { get; init; }
        public required string IoOptimized { get; init; }
        public required SecurityGroupIdSet SecurityGroupIds { get; init; }
        public required VpcAttributesInfo VpcAttributes { get; init; }
        public required IpAddressList PublicIpAddress { get; init; }
        public required IpAddressList InnerIpAddress { get; init; }
        public required OperationLockList OperationLocks { get; init; }
    }

    public sealed record VpcAttributesInfo(string VpcId, string VSwitchId, IpAddressList PrivateIpAddress);

    public sealed record OperationLockList(IReadOnlyList<OperationLock> LockReason);

    public sealed record OperationLock(string LockReason);
}

using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;

namespace SgGrid.Api.Ecs.SecurityGroups;

/// <summary>Small pieces every security-group action shares: the caller's quotas and the answer to a grain mutation.</summary>
public static class SecurityGroupCalls
{
    /// <summary>The calling tenant's quotas as configured (the region's defaults when it has none of its own).</summary>
    public static SecurityGroupQuotas Quotas(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Tenant.Quotas ?? SecurityGroupQuotas.Default;
    }

    /// <summary><c>{RequestId}</c> on success, else the grain's first error.</summary>
    public static RpcResult Answer(MutationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? RpcResult.Ok() : RpcResult.Fail(result.Errors);
    }
}

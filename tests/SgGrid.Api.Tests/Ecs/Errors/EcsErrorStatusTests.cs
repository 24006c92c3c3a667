using SgGrid.Api.Ecs.Errors;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Tests.Ecs.Errors;

public class EcsErrorStatusTests
{
    [Theory]
    [InlineData("InvalidApi.NotFound", 404)]
    [InlineData("InvalidAccessKeyId.NotFound", 404)]
    [InlineData("InvalidSecurityGroupId.NotFound", 404)]
    [InlineData("InvalidSourceGroupId.NotFound", 404)]
    [InlineData("InvalidEniId.NotFound", 404)]
    [InlineData("InvalidVpcId.NotFound", 404)]
    [InlineData("InvalidGroupAuthItem.NotFound", 403)]
    [InlineData("InvalidPrefixListEntry.NotFound", 400)]
    [InlineData("DependencyViolation", 403)]
    [InlineData("AuthorizationLimitExceed", 403)]
    [InlineData("InvalidOperation.ResourceManagedByCloudProduct", 403)]
    [InlineData("InstanceLastSecurityGroup", 403)]
    [InlineData("InvalidParamter.Conflict", 403)]
    [InlineData("InvalidVSwitchId.IpNotEnough", 403)]
    [InlineData("SignatureDoesNotMatch", 400)]
    [InlineData("IncompleteSignature", 400)]
    [InlineData("SignatureNonceUsed", 400)]
    [InlineData("InvalidParam.DuplicatePermissions", 400)]
    [InlineData("InvalidPriority.ValueNotSupported", 400)]
    [InlineData("OperationDenied", 400)]
    [InlineData("DryRunOperation", 400)]
    [InlineData("InternalError", 500)]
    [InlineData("ServiceUnavailable", 503)]
    public void Of_DocumentedCodes_HaveTheirStatus(string code, int status) => Assert.Equal(status, EcsErrorStatus.Of(code));

    [Theory]
    [InlineData("DeleteVSwitch", 400)]
    [InlineData("DeleteVpc", 400)]
    [InlineData("DeleteSecurityGroup", 403)]
    [InlineData(null, 403)]
    public void Of_DependencyViolation_DependsOnTheAction(string? action, int status) =>
        Assert.Equal(status, EcsErrorStatus.Of(EcsErrorCodes.DependencyViolation, action));

    [Fact]
    public void Of_EveryExpectedFailureCode_IsAClientError()
    {
        // InternalError (a bug) and ServiceUnavailable (the cluster did not answer) are the only server-side codes.
        var codes = typeof(EcsErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => code is not EcsErrorCodes.InternalError and not EcsErrorCodes.ServiceUnavailable).ToArray();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.InRange(EcsErrorStatus.Of(code), 400, 499));
    }

    [Theory]
    [InlineData(EcsErrorCodes.InternalError, 500)]
    [InlineData(EcsErrorCodes.ServiceUnavailable, 503)]
    public void Of_ServerSideCodes_AreServerErrors(string code, int status) => Assert.Equal(status, EcsErrorStatus.Of(code));
}
